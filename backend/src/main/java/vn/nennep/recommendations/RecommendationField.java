package vn.nennep.recommendations;

/** The eight fields of seed 002 (Gia Lộc), in its order. Names and default due periods are data (FieldSetting). */
public enum RecommendationField {
    AGRICULTURE,
    INDUSTRY_SERVICES_INFRASTRUCTURE,
    POLICY_BENEFITS,
    LAND_MANAGEMENT,
    CULTURE_SOCIETY,
    SECURITY_DEFENCE,
    PARTY_GOVERNMENT_BUILDING,
    OTHER
}
