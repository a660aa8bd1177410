package vn.nennep.inspections;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.InvalidTransition;
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
 * Inspections and supervisions: decided by a district or grassroots committee, seen by everyone above, at and below
 * it, recorded by the office holding the committee and by its inspectors (deleted by the office only). The lifecycle
 * is in {@link InspectionStatus} and {@link InspectionRules}; the status changes only through {@link #changeStatus}
 * (and, for a legacy record, through an import: {@link #settle}).
 */
@ApplicationScoped
public class InspectionService {

    /** The list's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of("plannedFrom", "plannedFrom", "updatedAt", "updatedAt",
            "planNumber", "planNumber");
    static final String DEFAULT_SORT = "plannedFrom,desc";
    /** Who records inspections: the office and the inspection committee's inspectors. */
    private static final Role[] RECORDERS = {Role.DISTRICT_OFFICE, Role.INSPECTOR};
    /** Who deletes them: the office only. */
    private static final Role[] OFFICES = {Role.DISTRICT_OFFICE};

    private final Access access;
    private final InspectionChecks checks;
    private final InspectionSearch search;

    public InspectionService(Access access, InspectionChecks checks, InspectionSearch search) {
        this.access = access;
        this.checks = checks;
        this.search = search;
    }

    public PageResponse<InspectionResponse> list(InspectionFilter.Query filter, PageQuery page) {
        Where where = new Where()
                .anchoredVisible("organizationId", access.readPrefix())
                .and("id in :matching", "matching", search.matching(filter, today()))
                .and("kind = :kind", "kind", filter.kind())
                .and("status = :status", "status", filter.status())
                .and("plannedFrom >= :from", "from", filter.from())
                .and("plannedFrom <= :to", "to", filter.to())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .searchFolded("searchText", filter.q());
        var query = Inspection.<Inspection>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        List<Inspection> rows = query.list();
        Map<UUID, String> names = organizationNames(rows.stream().flatMap(i -> i.subjectOrganizationIds.stream()).toList());
        LocalDate today = today();
        return PageResponse.of(rows, page, query.count()).map(i -> response(i, names, today));
    }

    public InspectionResponse get(UUID id) {
        return response(readable(id));
    }

    /** An inspection the caller may see (404 when there is none, 403 when it is out of reach). */
    public Inspection readable(UUID id) {
        Inspection inspection = find(id);
        access.requireSeeAnchoredAt(Organization.findById(inspection.organizationId));
        return inspection;
    }

    /** POST, and a bulk import's new inspection ({@link Transactions#write}: its own transaction, or the import's). */
    public InspectionResponse create(InspectionRequest request) {
        return Transactions.write(() -> {
            Inspection inspection = new Inspection();
            inspection.status = InspectionStatus.PLANNED;
            check(inspection, request);
            InspectionWriter.assign(inspection, request);
            inspection.persistAndFlush();
            return response(inspection);
        });
    }

    /**
     * PUT, and a bulk import's update. A CLOSED or CANCELLED inspection is not edited (409), unless the request
     * says what is stored (an import sent again).
     */
    public InspectionResponse update(UUID id, IfMatch ifMatch, InspectionRequest request) {
        return Transactions.write(() -> {
            Inspection inspection = writable(id, RECORDERS);
            ifMatch.check(inspection.version);
            Inspection edited = InspectionWriter.copy(inspection);
            InspectionWriter.assign(edited, request);
            if (InspectionHistory.state(edited).equals(InspectionHistory.state(inspection))) {
                return response(inspection);
            }
            if (inspection.status.isFinal()) {
                throw new Conflict("inspection.final", inspection.status);
            }
            check(inspection, request);
            InspectionWriter.assign(inspection, request);
            Inspection.flush();
            return response(inspection);
        });
    }

    @Transactional
    public void delete(UUID id) {
        Inspection inspection = writable(id, OFFICES);
        if (!inspection.status.isDeletable()) {
            throw new Conflict("inspection.delete.notAllowed", inspection.status);
        }
        inspection.delete();
    }

    /** Moves the inspection to {@code target}: 409 naming the allowed moves, 422 or 409 naming what is missing. */
    @Transactional
    public InspectionResponse changeStatus(UUID id, IfMatch ifMatch, InspectionStatusRequest request) {
        Inspection inspection = writable(id, RECORDERS);
        if (ifMatch.present()) {
            ifMatch.check(inspection.version);
        }
        InspectionStatus current = inspection.status;
        InspectionStatus target = request.status();
        if (!current.canMoveTo(target)) {
            List<InspectionStatus> next = current.allowedNext();
            if (next.isEmpty()) {
                throw new InvalidTransition(List.of(new FieldViolation("status", "inspection.status.none", current)),
                        "inspection.status.final", current, target);
            }
            throw new InvalidTransition(List.of(new FieldViolation("status", "inspection.status.allowed",
                    names(next))), "inspection.status.illegal", current, target, names(next));
        }
        LocalDate today = today();
        if (request.on() != null && request.on().isAfter(today)) {
            throw new Unprocessable("on", "inspection.date.future");
        }
        LocalDate on = request.on() == null ? today : request.on();
        switch (target) {
            case IN_PROGRESS -> inspection.startedOn = request.on() != null || inspection.startedOn == null
                    ? on : inspection.startedOn;
            case CONCLUDED -> {
                requireConcludable(inspection);
                if (inspection.endedOn == null) {
                    inspection.endedOn = on;
                }
            }
            case CLOSED -> {
                requireClosable(inspection);
                inspection.closedOn = on;
            }
            default -> {
                // CANCELLED sets nothing.
            }
        }
        inspection.status = target;
        Inspection.flush();
        return response(inspection);
    }

    /**
     * An import's status for the inspection {@code id} just written: a legacy system's record as it stands, checked
     * by what the status needs rather than by the one-step moves. The same status as stored changes nothing.
     */
    public void settle(UUID id, InspectionStatus status, LocalDate closedOn) {
        Transactions.write(() -> {
            Inspection inspection = find(id);
            if (status == null || status == inspection.status) {
                return null;
            }
            if (inspection.status.isFinal()) {
                throw new Conflict("inspection.final", inspection.status);
            }
            LocalDate today = today();
            if (closedOn != null && closedOn.isAfter(today)) {
                throw new Unprocessable("closedOn", "inspection.date.future");
            }
            if (status != InspectionStatus.PLANNED && status != InspectionStatus.CANCELLED
                    && inspection.startedOn == null) {
                inspection.startedOn = inspection.plannedFrom;
            }
            if (status.isConcluded()) {
                requireConcludable(inspection);
            }
            if (status == InspectionStatus.CLOSED) {
                requireClosable(inspection);
                inspection.closedOn = closedOn != null ? closedOn : inspection.conclusionIssuedOn;
            }
            inspection.status = status;
            Inspection.flush();
            return null;
        });
    }

    private static void requireConcludable(Inspection inspection) {
        List<FieldViolation> unmet = InspectionRules.unmetToConclude(inspection);
        if (!unmet.isEmpty()) {
            throw new Unprocessable(unmet);
        }
    }

    private static void requireClosable(Inspection inspection) {
        List<FieldViolation> open = InspectionRules.openRemedies(inspection);
        if (!open.isEmpty()) {
            throw new InvalidTransition(open, "inspection.status.openRemedies", open.size());
        }
    }

    private Inspection find(UUID id) {
        Inspection inspection = Inspection.findById(id);
        if (inspection == null) {
            throw new NotFound("resource.inspection", id);
        }
        return inspection;
    }

    /** An inspection the caller may change: one of {@code roles} holding its committee, or a system administrator. */
    private Inspection writable(UUID id, Role... roles) {
        Inspection inspection = find(id);
        access.requireOfficeOf(Organization.findById(inspection.organizationId), roles);
        return inspection;
    }

    /** Validates the request against stored data and the inspection's status; 422 naming each field, 409 a clash. */
    private void check(Inspection inspection, InspectionRequest request) {
        Organization committee = checks.committee(request.organizationId());
        access.requireOfficeOf(committee, RECORDERS);
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && Inspection.count("externalId = ?1 and id <> ?2", externalId, inspection.id) > 0) {
            throw Conflict.duplicate("externalId", "inspection.externalId.taken", externalId);
        }
        List<FieldViolation> violations = new ArrayList<>();
        String planNumber = checks.planNumber(request.planNumber(), violations);
        violations.addAll(InspectionRules.check(request, today()));
        violations.addAll(checks.references(committee, request));
        checks.conclusionNumber(request.conclusion() == null ? null : request.conclusion().number(), violations);
        if (violations.isEmpty() && inspection.status.isConcluded()) {
            // What the status reached needs must survive the edit: try it on a copy.
            Inspection edited = InspectionWriter.copy(inspection);
            InspectionWriter.assign(edited, request);
            violations.addAll(InspectionRules.unmetToConclude(edited));
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        if (Inspection.count("organizationId = ?1 and lower(planNumber) = lower(?2) and kind = ?3 and id <> ?4",
                committee.id, planNumber, request.kind(), inspection.id) > 0) {
            throw Conflict.duplicate("planNumber", "inspection.planNumber.taken", planNumber);
        }
    }

    private InspectionResponse response(Inspection inspection) {
        return response(inspection, organizationNames(inspection.subjectOrganizationIds), today());
    }

    private static InspectionResponse response(Inspection inspection, Map<UUID, String> names, LocalDate today) {
        List<String> subjectNames = inspection.subjectOrganizationIds.stream()
                .map(id -> names.getOrDefault(id, "")).toList();
        return InspectionResponse.of(inspection, subjectNames, InspectionRules.allowedNow(inspection), today);
    }

    private static Map<UUID, String> organizationNames(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        Organization.byId(ids).forEach((id, o) -> names.put(id, o.name));
        return names;
    }

    private static String names(List<InspectionStatus> statuses) {
        return statuses.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static LocalDate today() {
        return LocalDate.now(Time.LOCAL);
    }
}
