package vn.nennep.resolutions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.nennep.imports.spi.Binder;
import vn.nennep.imports.spi.ImportColumns;
import vn.nennep.imports.spi.ImportFormat;
import vn.nennep.imports.spi.ImportTemplate;
import vn.nennep.imports.spi.Importer;
import vn.nennep.imports.spi.RecordRows;
import vn.nennep.imports.spi.RecordRows.Outcome;
import vn.nennep.imports.spi.RecordRows.Reference;
import vn.nennep.imports.spi.RowHandler;

/** {@code POST /imports/indicator-reports}: each row created or updated through {@link IndicatorReportService}. */
@ApplicationScoped
class IndicatorReportImporter implements Importer {

    private static final ImportColumns COLUMNS = new ImportColumns(
            List.of("externalId", "resolutionId", "resolutionExternalId", "targetId", "targetExternalId",
                    "organizationId", "organizationExternalId", "periodStart", "periodEnd", "value", "evidence"),
            Map.ofEntries(
                    Map.entry("nghiquyet", "resolutionId"), Map.entry("nghiquyetmangoai", "resolutionExternalId"),
                    Map.entry("chitieu", "targetId"), Map.entry("chitieumangoai", "targetExternalId"),
                    Map.entry("tochuc", "organizationId"), Map.entry("tochucmangoai", "organizationExternalId"),
                    Map.entry("tungay", "periodStart"), Map.entry("denngay", "periodEnd"),
                    Map.entry("giatri", "value"), Map.entry("minhchung", "evidence")),
            List.of("externalId", "periodStart", "periodEnd", "value", "evidence"));
    private static final ImportTemplate TEMPLATE = new ImportTemplate("mau-nhap-bao-cao-chi-tieu",
            List.of("Mã ngoài", "Nghị quyết (mã ngoài)", "Chỉ tiêu (mã ngoài)", "Tổ chức (mã ngoài)", "Từ ngày",
                    "Đến ngày", "Giá trị", "Minh chứng"),
            List.of("MAU-BC-0001", ImportTemplate.RESOLUTION, ImportTemplate.TARGET, ImportTemplate.BRANCH,
                    "2024-01-01", "2024-12-31", "12", "Danh sách kết nạp đảng viên năm 2024"));
    private static final ImportFormat FORMAT = new ImportFormat("indicator-reports", COLUMNS, TEMPLATE);
    private static final List<Reference> REFERENCES = List.of(new Reference("resolution", "resolutions"),
            new Reference("target", "targets"), new Reference("organization", "organizations"));

    private final RecordRows records;
    private final Binder binder;
    private final IndicatorReportService reports;
    private final EntityManager em;

    IndicatorReportImporter(RecordRows records, Binder binder, IndicatorReportService reports, EntityManager em) {
        this.records = records;
        this.binder = binder;
        this.reports = reports;
        this.em = em;
    }

    @Override
    public ImportFormat format() {
        return FORMAT;
    }

    @Override
    public RowHandler handler() {
        return records.handler("indicator_reports", REFERENCES, row -> {
            UUID resolution = row.requiredId("resolutionId", "resolutionExternalId");
            UUID target = row.requiredId("targetId", "targetExternalId");
            IndicatorReportRequest r = binder.bind(row.data(), IndicatorReportRequest.class, row.number(),
                    row.locale(), row.errors());
            if (r == null || resolution == null || target == null) {
                return Outcome.REFUSED;
            }
            if (row.id() == null) {
                reports.create(resolution, target, r);
            } else if (same(row.id(), r)) {
                // PUT would still move the version (12 and 12.00 differ to the entity): compared here.
                return Outcome.UNCHANGED;
            } else {
                reports.update(resolution, target, row.id(), row.ifMatch(), r);
            }
            return Outcome.WRITTEN;
        });
    }

    private boolean same(UUID id, IndicatorReportRequest r) {
        List<?> rows = em.createNativeQuery("select cast(organization_id as text), cast(period_start as text),"
                + " cast(period_end as text), value, evidence from indicator_reports where id = :id")
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] s = (Object[]) rows.get(0);
        return Objects.equals(s[0], r.organizationId().toString()) && Objects.equals(s[1], r.periodStart().toString())
                && Objects.equals(s[2], r.periodEnd().toString())
                && ((BigDecimal) s[3]).compareTo(r.value()) == 0 && Objects.equals(s[4], r.evidence().trim());
    }
}
