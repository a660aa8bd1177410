package vn.nennep.resolutions;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.nennep.auth.Access;
import vn.nennep.common.BadParameter;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.organizations.Organization;

/**
 * How documents are numbered: the known document types, whether a number is taken, and the next free number of a
 * type for an issuer of the tree in a term (numbers restart per document type in each term of the issuer). Read by
 * the document form and by publications, which number their notices here.
 */
@ApplicationScoped
public class DocumentNumbering {

    private final Access access;

    public DocumentNumbering(Access access) {
        this.access = access;
    }

    /** The next free number of the query's type for the issuer in the term: its highest sequence + 1, else 1. */
    public NextNumberResponse nextNumber(NextNumberQuery query) {
        String type = knownType("documentType", query.documentType());
        Organization issuer = Organization.findById(query.issuerId());
        if (issuer == null) {
            throw new BadParameter("issuerId", "resolution.issuer.notFound", query.issuerId());
        }
        access.requireSeeAnchoredAt(issuer);
        IssuerCode code = issuerCode(issuer);
        Resolution last = Resolution.<Resolution>find("issuerId = ?1 and documentType = ?2 and term = ?3"
                + " order by sequence desc", issuer.id, type, query.term().trim()).firstResult();
        if (last == null) {
            return new NextNumberResponse(DocumentNumber.format(1, type, code, 0));
        }
        int width = last.number.indexOf('-');
        return new NextNumberResponse(DocumentNumber.format(last.sequence + 1, type, code, width));
    }

    /** Every known document type, by code: one page. */
    public PageResponse<DocumentTypeResponse> documentTypes() {
        access.readPrefix();
        List<DocumentTypeResponse> types = DocumentType.<DocumentType>listAll(Sort.by("code")).stream()
                .map(DocumentTypeResponse::of).toList();
        return PageResponse.of(types, new PageQuery(0, PageQuery.MAX_SIZE, null), types.size());
    }

    /** The normalised code of a known document type; a 400 naming {@code parameter} (and the known codes) if not. */
    static String knownType(String parameter, String code) {
        String normalised = DocumentNumber.normalise(code);
        if (DocumentType.findById(normalised) == null) {
            throw new BadParameter(parameter, "resolution.documentType.unknown", code,
                    String.join(", ", DocumentType.codes().stream().sorted().toList()));
        }
        return normalised;
    }

    /**
     * Whether another document has this number: of the same tree issuer, or from above of the same issuer code and
     * name (trimmed, compared ignoring case), document type, term and sequence.
     */
    static boolean taken(Resolution resolution, DocumentNumber number, String term, Organization issuer,
            String issuerName) {
        if (issuer != null) {
            return Resolution.count("issuerId = ?1 and documentType = ?2 and term = ?3 and sequence = ?4"
                    + " and id <> ?5", issuer.id, number.documentType(), term, number.sequence(), resolution.id) > 0;
        }
        return Resolution.count("issuerId is null and issuerCode = ?1 and lower(issuerName) = lower(?2)"
                + " and documentType = ?3 and term = ?4 and sequence = ?5 and id <> ?6", number.issuer().code,
                issuerName, number.documentType(), term, number.sequence(), resolution.id) > 0;
    }

    /** The code the issuer writes in its numbers: the one of its latest document, else the usual one for its type. */
    private static IssuerCode issuerCode(Organization issuer) {
        String used = Resolution.<Resolution>find("issuerId = ?1 order by issuedOn desc, createdAt desc", issuer.id)
                .firstResultOptional().map(r -> r.issuerCode).orElse(null);
        return IssuerCode.of(used).filter(c -> c.issuerType == issuer.type)
                .or(() -> IssuerCode.defaultFor(issuer.type))
                .orElseThrow(() -> new BadParameter("issuerId", "resolution.issuer.cannotIssue", issuer.name, issuer.type));
    }
}
