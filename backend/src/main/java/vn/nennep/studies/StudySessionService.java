package vn.nennep.studies;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.common.Transactions;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Where;
import vn.nennep.organizations.Organization;

/**
 * Study sessions: held under a study plan by the plan's organization or one within its scope, seen by everyone above,
 * at and below the holder, recorded as {@link SessionAccess} says. The counts follow {@link SessionRules}; the totals
 * and the rate are stored on every write.
 */
@ApplicationScoped
public class StudySessionService {

    /** The list's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of("startsAt", "startsAt", "updatedAt", "updatedAt",
            "participationRate", "participationRate");
    static final String DEFAULT_SORT = "startsAt,desc";

    private final SessionAccess access;
    private final SessionPlans plans;

    StudySessionService(SessionAccess access, SessionPlans plans) {
        this.access = access;
        this.plans = plans;
    }

    public PageResponse<StudySessionResponse> list(StudySessionFilter.Query filter, PageQuery page) {
        Where where = new Where()
                .anchoredVisible("organizationId", access.readPrefix())
                .and("studyPlanId = :studyPlanId", "studyPlanId", filter.studyPlanId())
                .and("organizationId in (select o.id from Organization o where o.path like :within)", "within",
                        subtree(filter.organizationId()))
                .and("format = :format", "format", filter.format())
                .and("audience = :audience", "audience", filter.audience())
                .and("startsAt >= :from", "from", startOf(filter.from()))
                .and("startsAt < :to", "to", startOf(filter.to() == null ? null : filter.to().plusDays(1)))
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .and("studyPlanId in (select p.id from StudyPlan p where p.resolutionId = :resolution)", "resolution",
                        filter.resolutionId())
                .searchFolded("searchText", filter.q());
        var query = StudySession.<StudySession>find(where.clause(), page.sort(), where.params())
                .page(page.panachePage());
        List<StudySession> rows = query.list();
        List<UUID> ids = rows.stream().map(s -> s.id).toList();
        Map<UUID, SessionPlans.Plan> byId = plans.byId(rows.stream().map(s -> s.studyPlanId).distinct().toList());
        Map<UUID, Map<RemarkKind, Integer>> remarks = remarkCounts(ids);
        return PageResponse.of(rows, page, query.count()).map(s -> StudySessionResponse.of(s,
                byId.get(s.studyPlanId), remarks.getOrDefault(s.id, Map.of())));
    }

    public StudySessionResponse get(UUID id) {
        return response(readable(id));
    }

    /** A session the caller may see (404 when there is none, 403 when it is out of reach). */
    public StudySession readable(UUID id) {
        StudySession session = find(id);
        access.requireRead(Organization.findById(session.organizationId));
        return session;
    }

    /** A session the caller may record remarks on or change (404, 403). */
    StudySession writable(UUID id) {
        StudySession session = find(id);
        Organization holder = Organization.findById(session.organizationId);
        access.requireRead(holder);
        access.requireWrite(holder);
        return session;
    }

    /** POST, and a bulk import's new session ({@link Transactions#write}: its own transaction, or the import's). */
    public StudySessionResponse create(StudySessionRequest request) {
        return Transactions.write(() -> {
            StudySession session = new StudySession();
            check(session, request);
            assign(session, request);
            session.persistAndFlush();
            return response(session);
        });
    }

    public StudySessionResponse update(UUID id, IfMatch ifMatch, StudySessionRequest request) {
        return Transactions.write(() -> {
            StudySession session = writable(id);
            ifMatch.check(session.version);
            check(session, request);
            assign(session, request);
            StudySession.flush();
            return response(session);
        });
    }

    /** Only a session without remarks: 409 otherwise. */
    @Transactional
    public void delete(UUID id) {
        StudySession session = writable(id);
        long remarks = StudyRemark.count("sessionId", session.id);
        if (remarks > 0) {
            throw new Conflict("studySession.delete.hasRemarks", remarks);
        }
        session.delete();
    }

    private StudySession find(UUID id) {
        StudySession session = StudySession.findById(id);
        if (session == null) {
            throw new NotFound("resource.studySession", id);
        }
        return session;
    }

    private StudySessionResponse response(StudySession session) {
        return StudySessionResponse.of(session, plans.find(session.studyPlanId),
                remarkCounts(List.of(session.id)).getOrDefault(session.id, Map.of()));
    }

    /** The remarks of these sessions counted by kind. */
    private static Map<UUID, Map<RemarkKind, Integer>> remarkCounts(List<UUID> sessionIds) {
        Map<UUID, Map<RemarkKind, Integer>> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = StudyRemark.getEntityManager().createQuery("select r.sessionId, r.kind, count(r)"
                + " from StudyRemark r where r.sessionId in :ids group by r.sessionId, r.kind", Object[].class)
                .setParameter("ids", sessionIds).getResultList();
        for (Object[] row : rows) {
            counts.computeIfAbsent((UUID) row[0], k -> new EnumMap<>(RemarkKind.class))
                    .put((RemarkKind) row[1], ((Number) row[2]).intValue());
        }
        return counts;
    }

    /** Validates the request against stored data and the rules; 422 naming each field, 403 out of reach. */
    private void check(StudySession session, StudySessionRequest request) {
        SessionPlans.Plan plan = plans.find(request.studyPlanId());
        if (plan == null || !access.canRead(Organization.findById(plan.organizationId()))) {
            throw new Unprocessable("studyPlanId", "studySession.plan.notFound", request.studyPlanId());
        }
        Organization holder = Organization.findById(request.organizationId());
        if (holder == null) {
            throw new Unprocessable("organizationId", "studySession.organization.notFound", request.organizationId());
        }
        access.requireWrite(holder);
        List<FieldViolation> violations = new ArrayList<>();
        Organization scope = Organization.findById(plan.scopeOrganizationId());
        if (!holder.id.equals(plan.organizationId()) && (scope == null || !holder.path.startsWith(scope.path))) {
            violations.add(new FieldViolation("organizationId", "studySession.organization.outsideScope",
                    holder.name));
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && StudySession.count("externalId = ?1 and id <> ?2", externalId, session.id) > 0) {
            throw Conflict.duplicate("externalId", "studySession.externalId.taken", externalId);
        }
        violations.addAll(SessionRules.check(request));
        List<StudySessionRequest.BridgePointInput> points = request.points();
        for (int i = 0; i < points.size(); i++) {
            UUID host = points.get(i).hostOrganizationId();
            if (host != null && Organization.findById(host) == null) {
                violations.add(new FieldViolation("bridgePoints[" + i + "].hostOrganizationId",
                        "studySession.host.notFound", host));
            }
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
    }

    private static void assign(StudySession session, StudySessionRequest request) {
        session.studyPlanId = request.studyPlanId();
        session.organizationId = request.organizationId();
        session.organizerKind = request.organizerKind();
        session.organizerName = Text.blankToNull(request.organizerName());
        session.audience = request.audience();
        session.format = request.format();
        session.title = request.title().trim();
        session.place = Text.blankToNull(request.place());
        session.presenterName = Text.blankToNull(request.presenterName());
        session.startsAt = request.startsAt();
        session.endsAt = request.endsAt();
        session.inPersonExpected = request.inPersonExpected();
        session.inPersonAttended = request.inPersonAttended();
        List<StudySession.BridgePoint> points = request.points().stream()
                .map(p -> new StudySession.BridgePoint(p.name().trim(), p.hostOrganizationId(), p.expected(),
                        p.attended()))
                .toList();
        if (!points.equals(session.bridgePoints)) {
            session.bridgePoints = new ArrayList<>(points);
        }
        SessionRules.Figures figures = SessionRules.figures(session);
        session.expectedTotal = figures.expectedTotal();
        session.attendedTotal = figures.attendedTotal();
        session.participationRate = figures.participationRate();
        session.searchText = StudySession.searchTextOf(session.title, session.organizerName, session.place);
        session.externalId = Text.blankToNull(request.externalId());
    }

    private static String subtree(UUID organizationId) {
        if (organizationId == null) {
            return null;
        }
        Organization organization = Organization.findById(organizationId);
        return organization == null ? "-" : organization.path + "%";
    }

    private static java.time.OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(Time.LOCAL).toOffsetDateTime();
    }
}
