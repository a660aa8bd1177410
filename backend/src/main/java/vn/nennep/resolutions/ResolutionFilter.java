package vn.nennep.resolutions;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.nennep.common.BadParameter;
import vn.nennep.common.ListParams;
import vn.nennep.common.Params;
import vn.nennep.common.Text;

/** The filters of {@code GET /resolutions} as sent (text); {@link #parse} reads them, a 400 naming a bad one. */
public class ResolutionFilter {
    @QueryParam("q")
    public String q;
    @QueryParam("issuerId")
    public String issuerId;
    @QueryParam("scopeWithinId")
    public String scopeWithinId;
    @QueryParam("appliesToId")
    public String appliesToId;
    @QueryParam("documentType")
    public String documentType;
    @QueryParam("term")
    public String term;
    @QueryParam("effectiveOn")
    public String effectiveOn;
    @QueryParam("conferenceId")
    public String conferenceId;
    @QueryParam("externalId")
    public String externalId;
    /** true: only documents with targets; false: only those without. */
    @QueryParam("hasTargets")
    public String hasTargets;

    /**
     * The filters parsed; each null when not given. {@code documentType} is as sent (the service checks it is a known
     * type), {@code term} a well-formed term.
     */
    public record Query(String q, UUID issuerId, UUID scopeWithinId, UUID appliesToId, String documentType,
            String term, LocalDate effectiveOn, UUID conferenceId, String externalId, Boolean hasTargets,
            OffsetDateTime updatedSince) {
    }

    /** The filters and the list's {@code updatedSince}, parsed in the order their errors are reported. */
    public Query parse(ListParams paging) {
        UUID within = Params.uuid("scopeWithinId", scopeWithinId);
        UUID appliesTo = Params.uuid("appliesToId", appliesToId);
        String type = Text.blankToNull(documentType);
        String wellFormedTerm = Text.blankToNull(term);
        if (wellFormedTerm != null && !Term.valid(wellFormedTerm)) {
            throw new BadParameter("term", "resolution.term.format", wellFormedTerm);
        }
        Boolean withTargets = Params.bool("hasTargets", hasTargets);
        UUID issuer = Params.uuid("issuerId", issuerId);
        LocalDate on = Params.date("effectiveOn", effectiveOn);
        UUID conference = Params.uuid("conferenceId", conferenceId);
        OffsetDateTime since = Params.instant("updatedSince", paging.updatedSince);
        return new Query(q, issuer, within, appliesTo, type, wellFormedTerm, on, conference, externalId, withTargets,
                since);
    }
}
