package vn.nennep.resolutions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.MessageArg;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Where;
import vn.nennep.conferences.Conference;
import vn.nennep.conferences.ConferenceStatus;
import vn.nennep.organizations.Organization;

/**
 * Resolutions and other numbered documents. Seen by everyone above, at and below the subtree they apply to; written
 * by the office of the issuing committee, or for a document from above (its issuer named outside the tree) by the
 * office of the organization it applies to ({@link Resolution#keeperId}). Numbers restart per document type in each
 * term of the issuer (the next free one is {@link DocumentNumbering}'s).
 */
@ApplicationScoped
public class ResolutionService {

    /** The list's sort fields (the API's names) and the entity properties they sort by. */
    static final Map<String, String> SORTABLE = Map.of(
            "issuedOn", "issuedOn", "number", "sequence", "title", "title", "effectiveFrom", "effectiveFrom",
            "targetCount", "targetCount", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "issuedOn,desc";
    static final Role[] WRITERS = {Role.DISTRICT_OFFICE, Role.GRASSROOTS_OFFICER};

    private final Access access;

    public ResolutionService(Access access) {
        this.access = access;
    }

    public PageResponse<ResolutionResponse> list(ResolutionFilter.Query filter, PageQuery page) {
        UUID within = filter.scopeWithinId();
        UUID appliesTo = filter.appliesToId();
        String type = filter.documentType();
        // Applying to a subtree above, at or below the caller's organization.
        Where where = new Where()
                .anchoredVisible("scopeOrganizationId", access.readPrefix())
                .and("issuerId = :issuerId", "issuerId", filter.issuerId())
                .and("scopeOrganizationId in (select o.id from Organization o where o.path like :within)",
                        "within", within == null ? null : pathOf(within) + "%")
                .and("scopeOrganizationId in (select o.id from Organization o"
                        + " where :appliesPath like concat(o.path, '%'))",
                        "appliesPath", appliesTo == null ? null : pathOf(appliesTo))
                .and("documentType = :type", "type",
                        type == null ? null : DocumentNumbering.knownType("documentType", type))
                .and("term = :term", "term", filter.term())
                .and("effectiveFrom <= :on and (effectiveTo is null or effectiveTo >= :on)", "on",
                        filter.effectiveOn())
                .and("conferenceId = :conferenceId", "conferenceId", filter.conferenceId())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .search("concat(number, ' ', title, ' ', coalesce(issuerName, ''))", filter.q());
        if (filter.hasTargets() != null) {
            where.and(filter.hasTargets() ? "targetCount > 0" : "targetCount = 0");
        }
        var query = Resolution.<Resolution>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        return PageResponse.of(query.list(), page, query.count()).map(ResolutionResponse::of);
    }

    public ResolutionResponse get(UUID id) {
        return ResolutionResponse.of(readable(id));
    }

    /** The resolution, after checking the caller may see it (its scope is above, at or below the caller). */
    public Resolution readable(UUID id) {
        Resolution resolution = find(id);
        access.requireSeeAnchoredAt(Organization.findById(resolution.scopeOrganizationId));
        return resolution;
    }

    /** The resolution, after checking the caller is the office that keeps it (its issuer's, else its scope's). */
    public Resolution writable(UUID id) {
        Resolution resolution = find(id);
        access.requireOfficeOf(Organization.findById(resolution.keeperId()), WRITERS);
        return resolution;
    }

    @Transactional
    public ResolutionResponse create(ResolutionRequest request) {
        Resolution resolution = new Resolution();
        assign(resolution, request);
        resolution.persistAndFlush();
        return ResolutionResponse.of(resolution);
    }

    @Transactional
    public ResolutionResponse update(UUID id, IfMatch ifMatch, ResolutionRequest request) {
        Resolution resolution = writable(id);
        ifMatch.check(resolution.version);
        assign(resolution, request);
        Resolution.flush();
        return ResolutionResponse.of(resolution);
    }

    @Transactional
    public void delete(UUID id) {
        Resolution resolution = writable(id);
        long targets = Target.count("resolutionId", id);
        if (targets > 0) {
            throw new Conflict("resolution.hasTargets", resolution.number, targets);
        }
        if (resolution.conferenceId != null) {
            requireNotLastOfConference(resolution);
        }
        resolution.delete();
    }

    private Resolution find(UUID id) {
        Resolution resolution = Resolution.findById(id);
        if (resolution == null) {
            throw new NotFound("resource.resolution", id);
        }
        return resolution;
    }

    /** Checks the request against the rules and stored data, then copies it onto the resolution. */
    private void assign(Resolution resolution, ResolutionRequest request) {
        List<FieldViolation> violations = new ArrayList<>();
        String issuerName = Text.blankToNull(request.issuerName());
        Organization issuer = null;
        if (request.issuerId() == null && issuerName == null) {
            violations.add(new FieldViolation("issuerId", "resolution.issuer.required"));
        } else if (request.issuerId() != null && issuerName != null) {
            violations.add(new FieldViolation("issuerName", "resolution.issuerName.withIssuerId", issuerName));
        } else if (request.issuerId() != null) {
            issuer = Organization.findById(request.issuerId());
            if (issuer == null) {
                violations.add(new FieldViolation("issuerId", "resolution.issuer.notFound", request.issuerId()));
            } else {
                access.requireOfficeOf(issuer, WRITERS);
            }
        }
        boolean fromAbove = request.issuerId() == null && issuerName != null;
        DocumentNumber number = null;
        try {
            number = DocumentNumber.parse(request.number(), DocumentType.codes());
        } catch (Unprocessable malformed) {
            violations.addAll(malformed.violations());
        }
        String bodyType = Text.blankToNull(request.documentType());
        if (number != null && bodyType != null && !DocumentNumber.normalise(bodyType).equals(number.documentType())) {
            violations.add(new FieldViolation("documentType", "resolution.documentType.mismatch", bodyType,
                    number.documentType(), number.text()));
        }
        if (number != null && issuer != null && issuer.type != number.issuer().issuerType) {
            Object level = number.issuer().outsideTreeOnly() ? new MessageArg("resolution.issuer.central")
                    : number.issuer().issuerType;
            violations.add(new FieldViolation("issuerId", "resolution.issuer.wrongType", number.issuer().code, level,
                    issuer.name, issuer.type));
        }
        String term = request.term().trim();
        int firstYear = Term.firstYear(term);
        if (firstYear < 0) {
            violations.add(new FieldViolation("term", "resolution.term.format", term));
        }
        LocalDate issuedOn = request.issuedOn();
        if (issuedOn.isAfter(LocalDate.now(Time.LOCAL))) {
            violations.add(new FieldViolation("issuedOn", "resolution.issuedOn.future", issuedOn));
        } else if (firstYear > 0 && (issuedOn.getYear() < firstYear || issuedOn.getYear() > firstYear + Term.LENGTH)) {
            violations.add(new FieldViolation("issuedOn", "resolution.issuedOn.outsideTerm", issuedOn, term));
        }
        UUID scopeId = request.scopeOrganizationId() == null ? request.issuerId() : request.scopeOrganizationId();
        Organization scope = scopeId == null ? null : Organization.findById(scopeId);
        if (scopeId == null) {
            if (fromAbove) {
                violations.add(new FieldViolation("scopeOrganizationId", "resolution.scope.requiredFromAbove",
                        issuerName));
            }
        } else if (scope == null) {
            violations.add(new FieldViolation("scopeOrganizationId", "resolution.scope.notFound", scopeId));
        } else if (issuer != null && !issuer.contains(scope)) {
            violations.add(new FieldViolation("scopeOrganizationId", "resolution.scope.outsideIssuer", scope.name,
                    issuer.name));
        } else {
            if (fromAbove) {
                access.requireOfficeOf(scope, WRITERS);
            }
            long outside = resolution.createdAt == null ? 0 : reportsOutside(resolution, scope);
            if (outside > 0) {
                violations.add(new FieldViolation("scopeOrganizationId", "resolution.scope.reportsOutside", outside));
            }
        }
        LocalDate effectiveFrom = request.effectiveFrom() == null ? issuedOn : request.effectiveFrom();
        if (effectiveFrom.isBefore(issuedOn)) {
            violations.add(new FieldViolation("effectiveFrom", "resolution.effectiveFrom.beforeIssue", effectiveFrom,
                    issuedOn));
        }
        if (request.effectiveTo() != null && request.effectiveTo().isBefore(effectiveFrom)) {
            violations.add(new FieldViolation("effectiveTo", "resolution.effectiveTo.beforeFrom", request.effectiveTo(),
                    effectiveFrom));
        }
        if (fromAbove && request.conferenceId() != null) {
            violations.add(new FieldViolation("conferenceId", "resolution.conference.fromAbove", issuerName));
        } else {
            checkConference(resolution, request.conferenceId(), issuer, issuedOn, violations);
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        if (DocumentNumbering.taken(resolution, number, term, issuer, issuerName)) {
            throw FieldConflict.on("number", "resolution.number.taken", number.text(), term,
                    fromAbove ? issuerName : issuer.name);
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && Resolution.count("externalId = ?1 and id <> ?2", externalId, resolution.id) > 0) {
            throw Conflict.duplicate("externalId", "resolution.externalId.taken", externalId);
        }
        resolution.number = number.text();
        resolution.sequence = number.sequence();
        resolution.documentType = number.documentType();
        resolution.issuerCode = number.issuer().code;
        resolution.issuerId = fromAbove ? null : issuer.id;
        resolution.issuerName = fromAbove ? issuerName : null;
        resolution.term = term;
        resolution.issuedOn = issuedOn;
        resolution.title = request.title().trim();
        resolution.conferenceId = request.conferenceId();
        resolution.scopeOrganizationId = scope.id;
        resolution.effectiveFrom = effectiveFrom;
        resolution.effectiveTo = request.effectiveTo();
        resolution.externalId = externalId;
    }

    /**
     * The conference a resolution came from: one its issuer held (HELD or later), on or before the issue date. Not
     * when the move would leave a conference past RESOLUTION_ISSUED without any resolution.
     */
    private static void checkConference(Resolution resolution, UUID conferenceId, Organization issuer,
            LocalDate issuedOn, List<FieldViolation> violations) {
        if (conferenceId != null) {
            Conference conference = Conference.findById(conferenceId);
            if (conference == null) {
                violations.add(new FieldViolation("conferenceId", "resolution.conference.notFound", conferenceId));
            } else if (!conference.status.isHeldOrLater()) {
                violations.add(new FieldViolation("conferenceId", "resolution.conference.notHeld", conference.title,
                        conference.status));
            } else if (issuer != null && !issuer.id.equals(conference.organizerId)) {
                violations.add(new FieldViolation("conferenceId", "resolution.conference.otherOrganizer",
                        conference.title, issuer.name));
            } else if (conference.heldOn != null && issuedOn.isBefore(conference.heldOn)) {
                violations.add(new FieldViolation("issuedOn", "resolution.issuedOn.beforeConference", issuedOn,
                        conference.heldOn));
            }
        }
        if (resolution.conferenceId != null && !resolution.conferenceId.equals(conferenceId)) {
            requireNotLastOfConference(resolution);
        }
    }

    /** A conference that has moved past HELD on the strength of its resolutions keeps at least one. */
    private static void requireNotLastOfConference(Resolution resolution) {
        Conference conference = Conference.findById(resolution.conferenceId);
        if (conference != null && conference.status.ordinal() > ConferenceStatus.HELD.ordinal()
                && conference.status != ConferenceStatus.CANCELLED
                && Resolution.count("conferenceId = ?1 and id <> ?2", conference.id, resolution.id) == 0) {
            throw FieldConflict.on("conferenceId", "resolution.conference.lastLink", conference.title,
                    conference.status);
        }
    }

    /** Reports of this resolution's targets by organizations outside {@code scope}. */
    private static long reportsOutside(Resolution resolution, Organization scope) {
        return IndicatorReport.count("targetId in (select t.id from Target t where t.resolutionId = ?1)"
                + " and organizationId not in (select o.id from Organization o where o.path like ?2)",
                resolution.id, scope.path + "%");
    }

    /** The path of an organization named in a filter; one that matches nothing when there is no such organization. */
    private static String pathOf(UUID organizationId) {
        Organization org = Organization.findById(organizationId);
        return org == null ? "/-/" : org.path;
    }
}
