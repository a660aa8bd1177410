package vn.nennep.members;

/** Đảng viên chính thức / dự bị. */
public enum MemberStatus {
    FULL, PROBATIONARY
}
