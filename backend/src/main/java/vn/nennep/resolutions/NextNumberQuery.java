package vn.nennep.resolutions;

import java.util.UUID;
import vn.nennep.common.BadParameter;
import vn.nennep.common.Params;
import vn.nennep.common.Text;

/**
 * What {@code /resolutions/next-number} is asked for: the issuer, the document type as written (whether it is known is
 * the service's to check) and a well-formed term. {@link #parse} reads the query parameters, a 400 naming the one
 * that is missing or cannot be read.
 */
public record NextNumberQuery(UUID issuerId, String documentType, String term) {

    /** Parses the three parameters, each required, in this order: issuerId, documentType, term. */
    public static NextNumberQuery parse(String issuerId, String documentType, String term) {
        UUID issuer = Params.uuid("issuerId", issuerId);
        if (issuer == null) {
            throw new BadParameter("issuerId", "error.param.required");
        }
        String type = required("documentType", documentType);
        String validTerm = required("term", term);
        if (!Term.valid(validTerm)) {
            throw new BadParameter("term", "resolution.term.format", validTerm);
        }
        return new NextNumberQuery(issuer, type, validTerm);
    }

    private static String required(String parameter, String value) {
        String text = Text.blankToNull(value);
        if (text == null) {
            throw new BadParameter(parameter, "error.param.required");
        }
        return text;
    }
}
