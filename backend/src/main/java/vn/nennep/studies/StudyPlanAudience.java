package vn.nennep.studies;

/**
 * Who studies at a level of a plan: key cadres (cán bộ chủ chốt), reporters and commentators (báo cáo viên, cộng tác
 * viên dư luận xã hội), the mass organizations' cadres and members (đoàn viên, hội viên), all cadres and party members.
 * Plans name their levels with it and sessions their audience.
 */
public enum StudyPlanAudience {
    KEY_CADRES, REPORTERS_COMMENTATORS, MASS_ORGANIZATION_MEMBERS, ALL_MEMBERS
}
