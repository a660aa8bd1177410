package vn.nennep.recommendations;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.briefings.Briefing;
import vn.nennep.briefings.BriefingService;
import vn.nennep.common.IfMatch;
import vn.nennep.common.InvalidTransition;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Where;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/**
 * A recommendation's thread: read by whoever sees the recommendation, added to only by those the step belongs to. The
 * district office (over the briefing's district) forwards, judges the answers and publishes; only the addressed body
 * itself answers; the addressed commune resolves within its own authority; the addressee or the office records the
 * final resolution of a published answer; the raiser itself or the office comments. A step the thread's status does
 * not allow is a 409 naming the steps it does. If-Match is optional on every step; when sent it must be current.
 */
@ApplicationScoped
public class ThreadService {

    private final Access access;
    private final RecommendationService recommendations;
    private final BriefingService briefings;
    private final ThreadWriter writer;

    public ThreadService(Access access, RecommendationService recommendations, BriefingService briefings,
            ThreadWriter writer) {
        this.access = access;
        this.recommendations = recommendations;
        this.briefings = briefings;
        this.writer = writer;
    }

    /** A page of the thread, oldest first; only the entries made at or after {@code since} when it is given. */
    public PageResponse<EntryResponse> entries(UUID id, OffsetDateTime since, PageQuery page) {
        recommendations.readable(id);
        Where where = new Where().and("recommendationId = :id", "id", id)
                .and("at >= :since", "since", since);
        var query = RecommendationEntry.<RecommendationEntry>find(where.clause(), Sort.by("seq"), where.params())
                .page(page.panachePage());
        return PageResponse.of(query.list(), page, query.count()).map(EntryResponse::of);
    }

    public EntryResponse entry(UUID id, UUID entryId) {
        recommendations.readable(id);
        RecommendationEntry entry = RecommendationEntry.findById(entryId);
        if (entry == null || !entry.recommendationId.equals(id)) {
            throw new NotFound("resource.recommendationEntry", entryId);
        }
        return EntryResponse.of(entry);
    }

    /** A comment (or a correction of an earlier entry): the raiser itself or the office; any status. */
    @Transactional
    public EntryResponse comment(UUID id, IfMatch ifMatch, ThreadRequests.Comment request) {
        Recommendation recommendation = recommendations.readable(id);
        if (request.type() != EntryType.COMMENT) {
            throw new Unprocessable("type", "recommendation.entry.useEndpoint", request.type(),
                    endpointOf(request.type()));
        }
        Organization raiser = Organization.findById(recommendation.raisedById);
        if (!access.isActingFor(raiser, Role.BRANCH_SECRETARY, Role.GRASSROOTS_OFFICER)) {
            requireOffice(recommendation);
        }
        requireVersion(recommendation, ifMatch);
        RecommendationEntry entry = writer.append(recommendation, EntryType.COMMENT, request.body().trim(),
                Text.blankToNull(request.documentNumber()), null, null);
        Recommendation.flush();
        return EntryResponse.of(entry);
    }

    /** The office sends it on to the addressee, or to the right body when it was misaddressed. */
    @Transactional
    public RecommendationResponse forward(UUID id, IfMatch ifMatch, ThreadRequests.Forward request) {
        Recommendation recommendation = recommendations.readable(id);
        Organization district = requireOffice(recommendation);
        requireStep(recommendation, EntryType.FORWARDED, ifMatch);
        if (request.addresseeId() != null && !request.addresseeId().equals(recommendation.addresseeId)) {
            FieldViolation wrong = RecommendationService.checkAddressee("addresseeId", request.addresseeId(), district);
            if (wrong != null) {
                throw new Unprocessable(List.of(wrong));
            }
            recommendation.addresseeId = request.addresseeId();
        }
        writer.append(recommendation, EntryType.FORWARDED, Text.blankToNull(request.body()),
                Text.blankToNull(request.documentNumber()), recommendation.addresseeId, null);
        return done(recommendation);
    }

    /** The addressed body itself answers in writing: a department's responder, or the addressed commune's officer. */
    @Transactional
    public RecommendationResponse answer(UUID id, IfMatch ifMatch, ThreadRequests.Answer request) {
        Recommendation recommendation = recommendations.readable(id);
        access.requireActingFor(Organization.findById(recommendation.addresseeId), Role.RESPONDER,
                Role.GRASSROOTS_OFFICER);
        requireStep(recommendation, EntryType.ANSWERED, ifMatch);
        writer.append(recommendation, EntryType.ANSWERED, request.body().trim(), request.documentNumber().trim(),
                null, null);
        return done(recommendation);
    }

    /** The office judges the answer: accepted, or a re-answer required (with the reason). */
    @Transactional
    public RecommendationResponse review(UUID id, IfMatch ifMatch, ThreadRequests.Review request) {
        Recommendation recommendation = recommendations.readable(id);
        requireOffice(recommendation);
        boolean accepted = request.verdict() == ThreadRequests.Verdict.ACCEPTED;
        EntryType step = accepted ? EntryType.ACCEPTED : EntryType.REANSWER_REQUESTED;
        requireStep(recommendation, step, ifMatch);
        String reason = Text.blankToNull(request.reason());
        if (!accepted && reason == null) {
            throw new Unprocessable("reason", "recommendation.review.reasonRequired");
        }
        writer.append(recommendation, step, reason, null, null, null);
        return done(recommendation);
    }

    /**
     * The matter really settled, with the result: after publication by the addressee or the office; before any answer
     * by the addressed commune within its own authority (reported at the zone's next briefing).
     */
    @Transactional
    public RecommendationResponse resolve(UUID id, IfMatch ifMatch, ThreadRequests.Resolution request) {
        Recommendation recommendation = recommendations.readable(id);
        Organization addressee = Organization.findById(recommendation.addresseeId);
        boolean isAddressee = access.caller().isAdmin()
                || access.isActingFor(addressee, Role.RESPONDER, Role.GRASSROOTS_OFFICER);
        if (!isAddressee) {
            requireOffice(recommendation);
        }
        requireStep(recommendation, EntryType.RESOLVED, ifMatch);
        if (recommendation.status.resolvableWithinAuthority() && !isAddressee) {
            throw Access.forbidden("recommendation.resolve.communeOnly", addressee.name);
        }
        writer.append(recommendation, EntryType.RESOLVED, request.result().trim(),
                Text.blankToNull(request.documentNumber()), null, null);
        return done(recommendation);
    }

    /** The district office over the briefing's district (or a system administrator); returns the district. */
    private Organization requireOffice(Recommendation recommendation) {
        Organization district = briefings.districtOf(Briefing.findById(recommendation.briefingId));
        access.requireOfficeOf(district, Role.DISTRICT_OFFICE);
        return district;
    }

    /** 409 naming the allowed steps when the thread's status does not allow {@code step}; 412 on a stale If-Match. */
    private void requireStep(Recommendation recommendation, EntryType step, IfMatch ifMatch) {
        requireVersion(recommendation, ifMatch);
        boolean toCommune = Organization.<Organization>findById(recommendation.addresseeId).type
                == OrganizationType.GRASSROOTS;
        RecommendationStatus status = recommendation.status;
        if (status.allows(step, toCommune)) {
            return;
        }
        List<EntryType> next = status.nextSteps(toCommune);
        if (next.isEmpty()) {
            throw new InvalidTransition(List.of(new FieldViolation("status", "recommendation.step.none", status)),
                    "recommendation.step.final", status, step);
        }
        String allowed = next.stream().map(Enum::name).collect(Collectors.joining(", "));
        throw new InvalidTransition(List.of(new FieldViolation("status", "recommendation.step.allowed", allowed)),
                "recommendation.step.illegal", status, step, allowed);
    }

    private static void requireVersion(Recommendation recommendation, IfMatch ifMatch) {
        if (ifMatch.present()) {
            ifMatch.check(recommendation.version);
        }
    }

    private RecommendationResponse done(Recommendation recommendation) {
        Recommendation.flush();
        return recommendations.response(recommendation);
    }

    /** Where each kind of entry is written. */
    private static String endpointOf(EntryType type) {
        return switch (type) {
            case FORWARDED -> "POST /recommendations/{id}/forward";
            case ANSWERED -> "POST /recommendations/{id}/answers";
            case REANSWER_REQUESTED, ACCEPTED -> "POST /recommendations/{id}/reviews";
            case PUBLISHED -> "POST /recommendations/publications";
            case RESOLVED -> "POST /recommendations/{id}/resolution";
            case RAISED -> "POST /recommendations";
            case COMMENT -> "POST /recommendations/{id}/entries";
        };
    }
}
