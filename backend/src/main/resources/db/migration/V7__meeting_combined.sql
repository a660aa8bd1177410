-- A regular meeting held together with the thematic one (sinh hoạt thường kỳ kết hợp chuyên đề): its duration is
-- checked against the target's combined threshold (DOMAIN §2: "≥ 120 when ... held together").
ALTER TABLE meetings ADD COLUMN combined boolean NOT NULL DEFAULT false;
ALTER TABLE meetings_aud ADD COLUMN combined boolean;
