package vn.nennep.resolutions;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.nennep.organizations.OrganizationType;

/**
 * The issuer part of a document number ({@code 17-NQ/HU}): which level of committee issued it. The codes of the
 * centre ({@code TW} and the central boards) are used only by issuers outside the tree: they have no
 * {@link #issuerType}.
 */
public enum IssuerCode {
    /** Tỉnh ủy. */
    TU("TU", OrganizationType.PROVINCE),
    /** Huyện ủy. */
    HU("HU", OrganizationType.DISTRICT),
    /** Quận ủy: an urban district's committee. */
    QU("QU", OrganizationType.DISTRICT),
    /** Đảng ủy (of a commune, town or agency). */
    DU("ĐU", OrganizationType.GRASSROOTS),
    /** Chi bộ. */
    CB("CB", OrganizationType.BRANCH),
    /** Trung ương: Bộ Chính trị, Ban Bí thư, Ban Chấp hành Trung ương. Outside the tree only. */
    TW("TW", null),
    /** Ban Tổ chức Trung ương. Outside the tree only. */
    BTCTW("BTCTW", null),
    /** Ban Tuyên giáo và Dân vận Trung ương. Outside the tree only. */
    BTGDVTW("BTGDVTW", null),
    /** Ủy ban Kiểm tra Trung ương. Outside the tree only. */
    UBKTTW("UBKTTW", null),
    /** Văn phòng Trung ương Đảng. Outside the tree only. */
    VPTW("VPTW", null);

    /** As written in numbers (NFC). */
    public final String code;
    /** The type of organization that issues under this code; null for a code used only outside the tree. */
    public final OrganizationType issuerType;

    IssuerCode(String code, OrganizationType issuerType) {
        this.code = code;
        this.issuerType = issuerType;
    }

    /** Whether only issuers outside the tree (the centre) use this code. */
    public boolean outsideTreeOnly() {
        return issuerType == null;
    }

    public static Optional<IssuerCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    /** The usual code of an organization of {@code type}; empty for departments, which issue no numbered documents here. */
    public static Optional<IssuerCode> defaultFor(OrganizationType type) {
        return Arrays.stream(values()).filter(c -> c.issuerType == type).findFirst();
    }

    public static String allCodes() {
        return Arrays.stream(values()).map(c -> c.code).collect(Collectors.joining(", "));
    }
}
