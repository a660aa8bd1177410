package vn.nennep.conferences;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.InvalidTransition;
import vn.nennep.common.MessageArg;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Where;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/**
 * Thematic conferences, seminars and contests: organized by a district or grassroots committee, seen by everyone
 * above, at and below the organizer, changed by the office that holds the organizer. The lifecycle is in
 * {@link ConferenceStatus} and {@link ConferenceRules}; the status changes only through {@link #changeStatus}.
 */
@ApplicationScoped
public class ConferenceService {

    /** The list's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of(
            "title", "title", "scheduledOn", "scheduledOn", "heldOn", "heldOn", "status", "status",
            "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "createdAt,desc";
    private static final Role[] OFFICES = {Role.DISTRICT_OFFICE, Role.GRASSROOTS_OFFICER};

    private final Access access;
    private final ConferenceResolutions resolutions;

    public ConferenceService(Access access, ConferenceResolutions resolutions) {
        this.access = access;
        this.resolutions = resolutions;
    }

    public PageResponse<ConferenceResponse> list(ConferenceFilter.Query filter, PageQuery page) {
        UUID withinId = filter.withinId();
        Organization within = withinId == null ? null : Organization.findById(withinId);
        // Conferences organized above the caller, at its organization, or below it.
        Where where = new Where()
                .anchoredVisible("organizerId", access.readPrefix())
                .and("organizerId = :organizerId", "organizerId", filter.organizerId())
                .and("organizerId in (select o.id from Organization o where o.path like :within)", "within",
                        withinId == null ? null : within == null ? "-" : within.path + "%")
                .and("kind = :kind", "kind", filter.kind())
                .and("status = :status", "status", filter.status())
                .and("heldOn >= :heldFrom", "heldFrom", filter.heldFrom())
                .and("heldOn <= :heldTo", "heldTo", filter.heldTo())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .search("title || ' ' || problem", filter.q());
        var query = Conference.<Conference>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        List<Conference> rows = query.list();
        Map<UUID, List<UUID>> linked = resolutions.idsByConference(rows.stream().map(c -> c.id).toList());
        LocalDate today = today();
        return PageResponse.of(rows, page, query.count())
                .map(c -> response(c, linked.getOrDefault(c.id, List.of()), today));
    }

    public ConferenceResponse get(UUID id) {
        return response(readable(id));
    }

    /** A conference the caller may see (404 when there is none, 403 when it is out of reach). */
    public Conference readable(UUID id) {
        Conference conference = find(id);
        access.requireSeeAnchoredAt(Organization.findById(conference.organizerId));
        return conference;
    }

    @Transactional
    public ConferenceResponse create(ConferenceRequest request) {
        Conference conference = new Conference();
        conference.status = ConferenceStatus.PROPOSED;
        check(conference, request);
        assign(conference, request);
        conference.persistAndFlush();
        return response(conference);
    }

    @Transactional
    public ConferenceResponse update(UUID id, IfMatch ifMatch, ConferenceRequest request) {
        Conference conference = writable(id);
        ifMatch.check(conference.version);
        check(conference, request);
        assign(conference, request);
        Conference.flush();
        return response(conference);
    }

    @Transactional
    public void delete(UUID id) {
        Conference conference = writable(id);
        if (!conference.status.isDeletable()) {
            throw new Conflict("conference.delete.notAllowed", conference.status);
        }
        conference.delete();
    }

    /** Moves the conference to {@code target}: 409 naming the allowed moves, or what is missing, when it may not. */
    @Transactional
    public ConferenceResponse changeStatus(UUID id, IfMatch ifMatch, ConferenceStatus target) {
        Conference conference = writable(id);
        if (ifMatch.present()) {
            ifMatch.check(conference.version);
        }
        ConferenceStatus current = conference.status;
        if (!current.canMoveTo(target)) {
            List<ConferenceStatus> next = current.allowedNext();
            if (next.isEmpty()) {
                throw new InvalidTransition(List.of(new FieldViolation("status", "conference.status.none", current)),
                        "conference.status.final", current, target);
            }
            throw new InvalidTransition(List.of(new FieldViolation("status", "conference.status.allowed", names(next))),
                    "conference.status.illegal", current, target, names(next));
        }
        int linked = resolutions.ids(conference.id).size();
        LocalDate today = today();
        List<FieldViolation> unmet = ConferenceRules.unmet(target, conference, linked, today);
        if (!unmet.isEmpty()) {
            List<ConferenceStatus> now = ConferenceRules.allowedNow(conference, linked, today);
            throw new InvalidTransition(unmet, "conference.status.unmet." + target,
                    now.isEmpty() ? new MessageArg("conference.status.nothing") : names(now));
        }
        conference.status = target;
        Conference.flush();
        return response(conference);
    }

    /**
     * A conference's follow-ups, oldest first, changed at or after {@code updatedSince} (all when null). The resource
     * checks {@link #readable} first, so that an unknown or hidden conference answers 404 or 403 before a 400.
     */
    public PageResponse<FollowUpResponse> followUps(UUID id, PageQuery page, OffsetDateTime updatedSince) {
        readable(id);
        Where where = new Where().and("conferenceId = :id", "id", id).updatedSince(updatedSince);
        var query = ConferenceFollowUp.<ConferenceFollowUp>find(where.clause(),
                Sort.by("recordedOn").and("createdAt").and("id"), where.params()).page(page.panachePage());
        return PageResponse.of(query.list(), page, query.count()).map(FollowUpResponse::of);
    }

    public FollowUpResponse followUp(UUID id, UUID followUpId) {
        readable(id);
        ConferenceFollowUp followUp = ConferenceFollowUp.findById(followUpId);
        if (followUp == null || !followUp.conferenceId.equals(id)) {
            throw new NotFound("resource.followUp", followUpId);
        }
        return FollowUpResponse.of(followUp);
    }

    /** Records a problem found after the conference and its solution; only once the conference has been held. */
    @Transactional
    public FollowUpResponse addFollowUp(UUID id, FollowUpRequest request) {
        Conference conference = writable(id);
        if (!conference.status.isHeldOrLater()) {
            throw new Conflict("conference.followUp.notHeld", conference.status);
        }
        if (request.recordedOn().isAfter(today())) {
            throw new Unprocessable("recordedOn", "conference.followUp.recordedOn.future");
        }
        if (conference.heldOn != null && request.recordedOn().isBefore(conference.heldOn)) {
            throw new Unprocessable("recordedOn", "conference.followUp.recordedOn.beforeHeld", conference.heldOn);
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && ConferenceFollowUp.count("externalId", externalId) > 0) {
            throw Conflict.duplicate("externalId", "conference.followUp.externalId.taken", externalId);
        }
        ConferenceFollowUp followUp = new ConferenceFollowUp();
        followUp.conferenceId = conference.id;
        followUp.recordedOn = request.recordedOn();
        followUp.problems = request.problems().trim();
        followUp.solutions = request.solutions().trim();
        followUp.externalId = externalId;
        followUp.persistAndFlush();
        return FollowUpResponse.of(followUp);
    }

    private Conference find(UUID id) {
        Conference conference = Conference.findById(id);
        if (conference == null) {
            throw new NotFound("resource.conference", id);
        }
        return conference;
    }

    /** A conference the caller may change: the office holding its organizer, or a system administrator. */
    private Conference writable(UUID id) {
        Conference conference = find(id);
        access.requireOfficeOf(Organization.findById(conference.organizerId), OFFICES);
        return conference;
    }

    private ConferenceResponse response(Conference conference) {
        return response(conference, resolutions.ids(conference.id), today());
    }

    private static ConferenceResponse response(Conference conference, List<UUID> linked, LocalDate today) {
        return ConferenceResponse.of(conference, ConferenceRules.allowedNow(conference, linked.size(), today), linked);
    }

    /** Validates the request against stored data and the conference's status; 422 naming each field. */
    private void check(Conference conference, ConferenceRequest request) {
        Organization organizer = Organization.findById(request.organizerId());
        if (organizer == null) {
            throw new Unprocessable("organizerId", "conference.organizer.notFound", request.organizerId());
        }
        if (organizer.type != OrganizationType.DISTRICT && organizer.type != OrganizationType.GRASSROOTS) {
            throw new Unprocessable("organizerId", "conference.organizer.wrongType", organizer.type);
        }
        access.requireOfficeOf(organizer, OFFICES);
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && Conference.count("externalId = ?1 and id <> ?2", externalId, conference.id) > 0) {
            throw Conflict.duplicate("externalId", "conference.externalId.taken", externalId);
        }
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate today = today();
        if (request.heldOn() != null && request.heldOn().isAfter(today)) {
            violations.add(new FieldViolation("heldOn", "conference.heldOn.future"));
        } else if (request.heldOn() != null && request.scheduledOn() != null
                && request.heldOn().isBefore(request.scheduledOn())) {
            violations.add(new FieldViolation("heldOn", "conference.heldOn.beforeScheduled", request.scheduledOn()));
        }
        List<ConferenceRequest.SiteInput> sites = request.sites() == null ? List.of() : request.sites();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sites.size(); i++) {
            String name = sites.get(i).name().trim();
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                violations.add(new FieldViolation("sites[" + i + "].name", "conference.site.duplicate", name));
            }
        }
        // What the current status needs must survive the edit: try it on a copy.
        Conference edited = new Conference();
        edited.status = conference.status;
        assign(edited, request);
        Set<String> reported = violations.stream().map(FieldViolation::field).collect(Collectors.toSet());
        ConferenceRules.kept(edited, today).stream().filter(v -> !reported.contains(v.field()))
                .forEach(violations::add);
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
    }

    private static void assign(Conference conference, ConferenceRequest request) {
        conference.organizerId = request.organizerId();
        conference.kind = request.kind();
        conference.title = request.title().trim();
        conference.problem = request.problem().trim();
        conference.scheduledOn = request.scheduledOn();
        conference.heldOn = request.heldOn();
        ConferenceRequest.SurveyInput survey = request.survey();
        conference.surveyAchievements = survey == null ? null : Text.blankToNull(survey.achievements());
        conference.surveyLimitations = survey == null ? null : Text.blankToNull(survey.limitations());
        conference.surveyCauses = survey == null ? null : Text.blankToNull(survey.causes());
        List<Conference.Site> sites = request.sites() == null ? List.of() : request.sites().stream()
                .map(s -> new Conference.Site(s.name().trim(), s.participants(), s.opinions()))
                .toList();
        if (!sites.equals(conference.sites)) {
            conference.sites = new ArrayList<>(sites);
        }
        conference.externalId = Text.blankToNull(request.externalId());
    }

    private static String names(List<ConferenceStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static LocalDate today() {
        return LocalDate.now(Time.LOCAL);
    }
}
