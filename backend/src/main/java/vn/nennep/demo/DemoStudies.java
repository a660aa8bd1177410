package vn.nennep.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;
import vn.nennep.organizations.Organization;
import vn.nennep.resolutions.DocumentNumber;
import vn.nennep.resolutions.DocumentType;
import vn.nennep.resolutions.Resolution;

/**
 * How Triệu Sơn studies the documents from above (seed 004). The document: Kết luận 21-KL/TW of the fourth plenum of
 * the 13th Central Committee (25/10/2021), on building and rectifying the Party, registered by the district for its
 * subtree, its issuer named ("Ban Chấp hành Trung ương") as a document from above is. The district's study plan of
 * it, its sessions (36 bridge points, 1,350 online and 350 in the hall, 99.8 %), the remarks after them, the 58 action
 * plans in every state and the two inspections are to be added here once the studies and inspections exist; {@link
 * #load()} is where they go, after the document. Deterministic: the same every time.
 */
final class DemoStudies {

    static final String CONCLUSION_NUMBER = "21-KL/TW";
    static final String CENTRAL_COMMITTEE = "Ban Chấp hành Trung ương";

    private final EntityManager em;

    DemoStudies(EntityManager em) {
        this.em = em;
    }

    /** Loads what Triệu Sơn studies; {@link DemoTrieuSon} must be loaded already. */
    void load() {
        Organization district = Organization.findById(DemoTrieuSon.idOf(DemoTrieuSon.DISTRICT));
        if (district == null) {
            throw new IllegalStateException("demo organization " + DemoTrieuSon.DISTRICT + " is missing");
        }
        conclusion(district);
        em.flush();
    }

    /** The document studied: a conclusion of the Central Committee, kept by the district it was registered for. */
    private Resolution conclusion(Organization district) {
        DocumentNumber number = DocumentNumber.parse(CONCLUSION_NUMBER, DocumentType.codes());
        Resolution r = new Resolution();
        r.id = idOf(number.text() + ":" + CENTRAL_COMMITTEE);
        r.number = number.text();
        r.sequence = number.sequence();
        r.documentType = number.documentType();
        r.issuerCode = number.issuer().code;
        r.issuerName = CENTRAL_COMMITTEE;
        r.term = "2021-2026";
        r.issuedOn = LocalDate.of(2021, 10, 25);
        r.title = "Kết luận Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh"
                + " đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy"
                + " thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện \"tự diễn biến\", \"tự chuyển hóa\"";
        r.scopeOrganizationId = district.id;
        r.effectiveFrom = r.issuedOn;
        em.persist(r);
        return r;
    }

    /** A document's id, from the namespace of {@link DemoResolutions}' ids. */
    static UUID idOf(String key) {
        return DemoTrieuSon.idOf("resolution:" + key);
    }
}
