package vn.nennep.briefings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.ProblemKind;
import vn.nennep.common.Text;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Where;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;
import vn.nennep.zones.Zone;

/**
 * Monthly zone briefings. Seen like the zone (everyone above, at and below its district); written by the district
 * office. One briefing per zone and month, held between the 5th and the 10th, hosted by one of the zone's grassroots
 * committees. A briefing at which recommendations were raised or answers published stays in its zone and is kept.
 */
@ApplicationScoped
public class BriefingService {

    /** Briefings are held from the 5th to the 10th of the month (seed 002). */
    public static final int FIRST_DAY = 5;
    public static final int LAST_DAY = 10;

    /** The list's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of(
            "heldOn", "heldOn", "month", "month", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "heldOn,desc";

    private final Access access;
    private final EntityManager em;

    public BriefingService(Access access, EntityManager em) {
        this.access = access;
        this.em = em;
    }

    public PageResponse<BriefingResponse> list(BriefingFilter.Query filter, PageQuery page) {
        Integer year = filter.year();
        // Briefings of zones of districts above, at or below the caller's organization.
        Where where = new Where()
                .and("zoneId in (select z.id from Zone z, Organization o where o.id = z.districtId"
                        + " and (o.path like concat(:callerPath, '%') or :callerPath like concat(o.path, '%')))",
                        "callerPath", access.readPrefix())
                .and("zoneId = :zoneId", "zoneId", filter.zoneId())
                .and("zoneId in (select z.id from Zone z where z.districtId = :districtId)", "districtId",
                        filter.districtId())
                .and("hostOrganizationId = :hostId", "hostId", filter.hostOrganizationId())
                .and("month >= :yearStart", "yearStart", year == null ? null : LocalDate.of(year, 1, 1))
                .and("month < :yearEnd", "yearEnd", year == null ? null : LocalDate.of(year + 1, 1, 1))
                .and("heldOn >= :from", "from", filter.from())
                .and("heldOn <= :to", "to", filter.to())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince());
        var query = Briefing.<Briefing>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        List<Briefing> rows = query.list();
        Map<UUID, UUID> districts = districtsOf(rows.stream().map(b -> b.zoneId).distinct().toList());
        return PageResponse.of(rows, page, query.count()).map(b -> BriefingResponse.of(b, districts.get(b.zoneId)));
    }

    public BriefingResponse get(UUID id) {
        return response(readable(id));
    }

    /** The briefing, after checking the caller may see its zone's district (404 when there is none). */
    public Briefing readable(UUID id) {
        Briefing briefing = find(id);
        access.requireZoneRead(districtOf(briefing));
        return briefing;
    }

    /** The district whose zone holds the briefing. */
    public Organization districtOf(Briefing briefing) {
        Zone zone = Zone.findById(briefing.zoneId);
        return Organization.findById(zone.districtId);
    }

    @Transactional
    public BriefingResponse create(BriefingRequest request) {
        Briefing briefing = new Briefing();
        assign(briefing, request);
        briefing.persistAndFlush();
        return response(briefing);
    }

    @Transactional
    public BriefingResponse update(UUID id, IfMatch ifMatch, BriefingRequest request) {
        Briefing briefing = find(id);
        access.requireZoneWrite(districtOf(briefing));
        ifMatch.check(briefing.version);
        if (!briefing.zoneId.equals(request.zoneId()) && raisedAt(briefing) > 0) {
            throw new Conflict("briefing.zone.inUse", raisedAt(briefing));
        }
        assign(briefing, request);
        Briefing.flush();
        return response(briefing);
    }

    @Transactional
    public void delete(UUID id) {
        Briefing briefing = find(id);
        access.requireZoneWrite(districtOf(briefing));
        long raised = raisedAt(briefing);
        if (raised > 0) {
            throw new Conflict("briefing.inUse", raised);
        }
        briefing.delete();
    }

    private Briefing find(UUID id) {
        Briefing briefing = Briefing.findById(id);
        if (briefing == null) {
            throw new NotFound("resource.briefing", id);
        }
        return briefing;
    }

    private BriefingResponse response(Briefing briefing) {
        return BriefingResponse.of(briefing, Zone.<Zone>findById(briefing.zoneId).districtId);
    }

    /** Recommendations raised at the briefing (kept in their own feature; counted here without depending on it). */
    private long raisedAt(Briefing briefing) {
        return ((Number) em.createNativeQuery("select count(*) from recommendations where briefing_id = ?1")
                .setParameter(1, briefing.id).getSingleResult()).longValue();
    }

    private Map<UUID, UUID> districtsOf(List<UUID> zoneIds) {
        Map<UUID, UUID> districts = new HashMap<>();
        if (!zoneIds.isEmpty()) {
            Zone.<Zone>list("id in ?1", zoneIds).forEach(z -> districts.put(z.id, z.districtId));
        }
        return districts;
    }

    /** Checks the request against the rules and stored data, then copies it onto the briefing. */
    private void assign(Briefing briefing, BriefingRequest request) {
        Zone zone = Zone.findById(request.zoneId());
        if (zone == null) {
            throw new Unprocessable("zoneId", "briefing.zone.notFound", request.zoneId());
        }
        access.requireZoneWrite(Organization.findById(zone.districtId));
        List<FieldViolation> violations = new ArrayList<>();
        Organization host = Organization.findById(request.hostOrganizationId());
        if (host == null) {
            violations.add(new FieldViolation("hostOrganizationId", "briefing.host.notFound",
                    request.hostOrganizationId()));
        } else if (host.type != OrganizationType.GRASSROOTS || !zone.id.equals(host.zoneId)) {
            violations.add(new FieldViolation("hostOrganizationId", "briefing.host.notInZone", host.name, zone.name));
        }
        LocalDate heldOn = request.heldOn();
        YearMonth month = request.month() == null ? YearMonth.from(heldOn) : YearMonth.parse(request.month());
        if (!YearMonth.from(heldOn).equals(month)) {
            violations.add(new FieldViolation("heldOn", "briefing.heldOn.otherMonth", heldOn, month));
        } else if (heldOn.getDayOfMonth() < FIRST_DAY || heldOn.getDayOfMonth() > LAST_DAY) {
            violations.add(new FieldViolation("heldOn", "briefing.heldOn.window", heldOn, FIRST_DAY, LAST_DAY));
        }
        List<BriefingRequest.AttendeeInput> attendees = request.attendees() == null ? List.of() : request.attendees();
        for (int i = 0; i < attendees.size(); i++) {
            UUID orgId = attendees.get(i).organizationId();
            if (orgId != null && Organization.findById(orgId) == null) {
                violations.add(new FieldViolation("attendees[" + i + "].organizationId",
                        "briefing.attendee.organization.notFound", orgId));
            }
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        if (Briefing.count("zoneId = ?1 and month = ?2 and id <> ?3", zone.id, month.atDay(1), briefing.id) > 0) {
            throw new ProblemException(ProblemKind.CONFLICT,
                    List.of(new FieldViolation("month", "briefing.month.taken", zone.name, month)),
                    "briefing.month.taken", zone.name, month);
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && Briefing.count("externalId = ?1 and id <> ?2", externalId, briefing.id) > 0) {
            throw Conflict.duplicate("externalId", "briefing.externalId.taken", externalId);
        }
        briefing.zoneId = zone.id;
        briefing.hostOrganizationId = host.id;
        briefing.month = month.atDay(1);
        briefing.heldOn = heldOn;
        List<Briefing.Attendee> list = attendees.stream().map(a -> new Briefing.Attendee(a.fullName().trim(),
                Text.blankToNull(a.position()), a.organizationId())).toList();
        if (!list.equals(briefing.attendees)) {
            briefing.attendees = new ArrayList<>(list);
        }
        briefing.externalId = externalId;
    }
}
