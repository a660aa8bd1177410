package vn.nennep.recommendations;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.auth.Role;
import vn.nennep.briefings.Briefing;
import vn.nennep.briefings.BriefingService;
import vn.nennep.common.BadParameter;
import vn.nennep.common.Conflict;
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
import vn.nennep.organizations.OrganizationType;

/**
 * Recommendations raised at zone briefings. A caller sees those raised in or addressed to its subtree (a department's
 * responder: those addressed to it). Raised by the branch or grassroots committee itself, or recorded for it by the
 * district office; never edited or deleted afterwards: everything else happens in the thread ({@link ThreadService}).
 */
@ApplicationScoped
public class RecommendationService {

    /** The most rows one CSV export answers; more is a 400 asking to narrow the filter. */
    public static final int EXPORT_LIMIT = 10_000;

    /** The list's sort fields (the API's names) and the entity properties they sort by. */
    static final Map<String, String> SORTABLE = Map.of(
            "title", "title", "field", "field", "status", "status", "dueOn", "dueOn",
            "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "createdAt,desc";
    private static final String AWAITING = "status in (vn.nennep.recommendations.RecommendationStatus.RAISED,"
            + " vn.nennep.recommendations.RecommendationStatus.FORWARDED,"
            + " vn.nennep.recommendations.RecommendationStatus.REANSWER_REQUESTED)";

    private final Access access;
    private final BriefingService briefings;
    private final ThreadWriter threads;

    public RecommendationService(Access access, BriefingService briefings, ThreadWriter threads) {
        this.access = access;
        this.briefings = briefings;
        this.threads = threads;
    }

    public PageResponse<RecommendationResponse> list(RecommendationFilter.Query filter, PageQuery page) {
        Where where = where(filter);
        var query = Recommendation.<Recommendation>find(where.clause(), page.sort(), where.params())
                .page(page.panachePage());
        return PageResponse.of(responses(query.list()), page, query.count());
    }

    /** Every row of the filtered list in the requested order, for a CSV export (page and size do not apply). */
    public List<RecommendationResponse> export(RecommendationFilter.Query filter, PageQuery page) {
        Where where = where(filter);
        var query = Recommendation.<Recommendation>find(where.clause(), page.sort(), where.params());
        long total = query.count();
        if (total > EXPORT_LIMIT) {
            throw new BadParameter("size", "recommendation.export.tooMany", total, EXPORT_LIMIT);
        }
        return responses(query.list());
    }

    /** Every field with its names and default due period, in seed 002's order: one page. */
    public PageResponse<FieldResource.FieldResponse> fields() {
        access.readPrefix();
        List<FieldResource.FieldResponse> fields = FieldSetting.<FieldSetting>listAll(Sort.by("position")).stream()
                .map(f -> new FieldResource.FieldResponse(RecommendationField.valueOf(f.code), f.name, f.nameEn,
                        f.dueDays))
                .toList();
        return PageResponse.of(fields, new PageQuery(0, PageQuery.MAX_SIZE, null), fields.size());
    }

    public RecommendationResponse get(UUID id) {
        return response(readable(id));
    }

    /** The recommendation, after checking the caller sees its raiser's or its addressee's subtree. */
    public Recommendation readable(UUID id) {
        Recommendation recommendation = Recommendation.findById(id);
        if (recommendation == null) {
            throw new NotFound("resource.recommendation", id);
        }
        access.requireSeeEither(Organization.findById(recommendation.raisedById),
                Organization.findById(recommendation.addresseeId));
        return recommendation;
    }

    /** POST, and a bulk import's new recommendation ({@link Transactions#write}: its own transaction, or the import's). */
    public RecommendationResponse create(RecommendationRequest request) {
        return Transactions.write(() -> raise(request));
    }

    private RecommendationResponse raise(RecommendationRequest request) {
        Briefing briefing = Briefing.findById(request.briefingId());
        if (briefing == null) {
            throw new Unprocessable("briefingId", "recommendation.briefing.notFound", request.briefingId());
        }
        Organization raiser = Organization.findById(request.raisedById());
        if (raiser == null) {
            throw new Unprocessable("raisedById", "recommendation.raiser.notFound", request.raisedById());
        }
        Organization district = briefings.districtOf(briefing);
        if (access.caller().role() == Role.DISTRICT_OFFICE) {
            access.requireOfficeOf(raiser, Role.DISTRICT_OFFICE);
        } else {
            access.requireActingFor(raiser, Role.BRANCH_SECRETARY, Role.GRASSROOTS_OFFICER);
        }
        List<FieldViolation> violations = new ArrayList<>();
        LocalDate today = LocalDate.now(Time.LOCAL);
        if (briefing.heldOn.isAfter(today)) {
            violations.add(new FieldViolation("briefingId", "recommendation.briefing.notHeld", briefing.heldOn));
        }
        if (!inZone(raiser, briefing)) {
            violations.add(new FieldViolation("raisedById", "recommendation.raiser.notInZone", raiser.name));
        }
        FieldViolation addressee = checkAddressee("addresseeId", request.addresseeId(), district);
        if (addressee != null) {
            violations.add(addressee);
        }
        LocalDate dueOn = request.dueOn() != null ? request.dueOn()
                : briefing.heldOn.plusDays(FieldSetting.<FieldSetting>findById(request.field().name()).dueDays);
        if (dueOn.isBefore(briefing.heldOn)) {
            violations.add(new FieldViolation("dueOn", "recommendation.dueOn.beforeBriefing", dueOn, briefing.heldOn));
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && Recommendation.count("externalId", externalId) > 0) {
            throw Conflict.duplicate("externalId", "recommendation.externalId.taken", externalId);
        }
        Recommendation recommendation = new Recommendation();
        recommendation.briefingId = briefing.id;
        recommendation.raisedById = raiser.id;
        recommendation.addresseeId = request.addresseeId();
        recommendation.field = request.field();
        recommendation.title = request.title().trim();
        recommendation.content = request.content().trim();
        recommendation.status = RecommendationStatus.RAISED;
        recommendation.dueOn = dueOn;
        recommendation.externalId = externalId;
        threads.append(recommendation, EntryType.RAISED, recommendation.content, null, null, null);
        Recommendation.flush();
        return response(recommendation);
    }

    /**
     * Why {@code addresseeId} cannot be addressed at a briefing of {@code district}, or null when it can: a department or
     * a grassroots committee of the district.
     */
    static FieldViolation checkAddressee(String field, UUID addresseeId, Organization district) {
        Organization addressee = Organization.findById(addresseeId);
        if (addressee == null) {
            return new FieldViolation(field, "recommendation.addressee.notFound", addresseeId);
        }
        if (addressee.type != OrganizationType.DEPARTMENT && addressee.type != OrganizationType.GRASSROOTS) {
            return new FieldViolation(field, "recommendation.addressee.wrongType", addressee.name, addressee.type);
        }
        if (!district.contains(addressee)) {
            return new FieldViolation(field, "recommendation.addressee.outsideDistrict", addressee.name, district.name);
        }
        return null;
    }

    /** A grassroots committee of the briefing's zone, or a branch of one. */
    private static boolean inZone(Organization raiser, Briefing briefing) {
        Organization commune = switch (raiser.type) {
            case GRASSROOTS -> raiser;
            case BRANCH -> Organization.findById(raiser.parentId);
            default -> null;
        };
        return commune != null && briefing.zoneId.equals(commune.zoneId);
    }

    private Where where(RecommendationFilter.Query filter) {
        Boolean overdue = filter.overdue();
        UUID within = filter.withinId();
        return new Where()
                .eitherWithin("raisedById", "addresseeId", "callerPath", access.readPrefix())
                .eitherWithin("raisedById", "addresseeId", "withinPath", within == null ? null : pathOf(within))
                .and("briefingId = :briefingId", "briefingId", filter.briefingId())
                .and("briefingId in (select b.id from Briefing b where b.zoneId = :zoneId)", "zoneId",
                        filter.zoneId())
                .and("raisedById = :raisedById", "raisedById", filter.raisedById())
                .and("addresseeId = :addresseeId", "addresseeId", filter.addresseeId())
                .and("field = :field", "field", filter.field())
                .and("status = :status", "status", filter.status())
                .and((Boolean.FALSE.equals(overdue) ? "not " : "") + "(" + AWAITING + " and dueOn < :today)",
                        "today", overdue == null ? null : LocalDate.now(Time.LOCAL))
                .and("briefingId in (select b.id from Briefing b where b.heldOn >= :from)", "from", filter.from())
                .and("briefingId in (select b.id from Briefing b where b.heldOn <= :to)", "to", filter.to())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .search("title || ' ' || content", filter.q());
    }

    RecommendationResponse response(Recommendation r) {
        return responses(List.of(r)).get(0);
    }

    /** The API's view of the rows; their briefings, raisers and addressees read once for all. */
    List<RecommendationResponse> responses(List<Recommendation> rows) {
        Map<UUID, Briefing> briefingsById = new HashMap<>();
        if (!rows.isEmpty()) {
            Briefing.<Briefing>list("id in ?1", rows.stream().map(r -> r.briefingId).distinct().toList())
                    .forEach(b -> briefingsById.put(b.id, b));
        }
        Map<UUID, Organization> organizations = Organization.byId(rows.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.raisedById, r.addresseeId)).toList());
        LocalDate today = LocalDate.now(Time.LOCAL);
        return rows.stream().map(r -> {
            Briefing b = briefingsById.get(r.briefingId);
            Organization raiser = organizations.get(r.raisedById);
            Organization addressee = organizations.get(r.addresseeId);
            boolean toCommune = addressee != null && addressee.type == OrganizationType.GRASSROOTS;
            return new RecommendationResponse(r.id, r.externalId, r.briefingId, b.zoneId, r.raisedById,
                    raiser == null ? null : raiser.name, r.addresseeId, addressee == null ? null : addressee.name,
                    r.field, r.title, r.content, r.status, r.status.nextSteps(toCommune), b.heldOn,
                    r.dueOn, r.status.overdue(r.dueOn, today), r.reanswerCount, r.entryCount, r.version, r.createdAt,
                    r.updatedAt);
        }).toList();
    }

    /** The path of an organization named in a filter; one that matches nothing when there is no such organization. */
    private static String pathOf(UUID organizationId) {
        Organization org = Organization.findById(organizationId);
        return org == null ? "/-/" : org.path;
    }
}
