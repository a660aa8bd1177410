package vn.nennep.zones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Time;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Where;
import vn.nennep.organizations.LeftZone;
import vn.nennep.organizations.Organization;
import vn.nennep.organizations.OrganizationType;

/** Zones group the grassroots committees of one district; each committee is in at most one zone. */
@ApplicationScoped
public class ZoneService {

    /** The list's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "name";

    private final EntityManager em;
    private final Access access;

    public ZoneService(EntityManager em, Access access) {
        this.em = em;
        this.access = access;
    }

    public PageResponse<ZoneResponse> list(ZoneFilter.Query filter, PageQuery page) {
        // Zones of districts below the caller, or of the district the caller belongs to.
        Where where = new Where()
                .anchoredVisible("districtId", access.readPrefix())
                .and("districtId = :districtId", "districtId", filter.districtId())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .search("name", filter.q());
        var query = Zone.<Zone>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        List<Zone> zones = query.list();
        Map<UUID, List<UUID>> members = organizationIds(zones.stream().map(z -> z.id).toList());
        return PageResponse.of(zones, page, query.count())
                .map(z -> ZoneResponse.of(z, members.getOrDefault(z.id, List.of())));
    }

    public ZoneResponse get(UUID id) {
        Zone zone = find(id);
        access.requireZoneRead(Organization.findById(zone.districtId));
        return response(zone);
    }

    @Transactional
    public ZoneResponse create(ZoneRequest request) {
        Zone zone = new Zone();
        List<UUID> organizationIds = check(zone, request);
        assign(zone, request);
        zone.persistAndFlush();
        setOrganizations(zone, organizationIds);
        return response(zone);
    }

    @Transactional
    public ZoneResponse update(UUID id, IfMatch ifMatch, ZoneRequest request) {
        Zone zone = find(id);
        access.requireZoneWrite(Organization.findById(zone.districtId));
        ifMatch.check(zone.version);
        List<UUID> organizationIds = check(zone, request);
        Set<UUID> current = Set.copyOf(organizationIds(List.of(zone.id)).getOrDefault(zone.id, List.of()));
        assign(zone, request);
        if (!current.equals(Set.copyOf(organizationIds))) {
            // The list is part of the zone: a new list is a new version, even when no column of the zone changed.
            zone.updatedAt = Time.now();
        }
        Zone.flush();
        setOrganizations(zone, organizationIds);
        return response(zone);
    }

    @Transactional
    public void delete(UUID id) {
        Zone zone = find(id);
        access.requireZoneWrite(Organization.findById(zone.districtId));
        setOrganizations(zone, List.of());
        zone.delete();
    }

    private Zone find(UUID id) {
        Zone zone = Zone.findById(id);
        if (zone == null) {
            throw new NotFound("resource.zone", id);
        }
        return zone;
    }

    private ZoneResponse response(Zone zone) {
        return ZoneResponse.of(zone, organizationIds(List.of(zone.id)).getOrDefault(zone.id, List.of()));
    }

    private Map<UUID, List<UUID>> organizationIds(Collection<UUID> zoneIds) {
        Map<UUID, List<UUID>> result = new LinkedHashMap<>();
        if (zoneIds.isEmpty()) {
            return result;
        }
        List<Object[]> rows = em.createQuery("""
                select o.zoneId, o.id from Organization o where o.zoneId in :ids order by o.name, o.id""",
                Object[].class).setParameter("ids", zoneIds).getResultList();
        for (Object[] row : rows) {
            result.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((UUID) row[1]);
        }
        return result;
    }

    /** Validates the request against stored data; returns the zone's organizations without duplicates. */
    private List<UUID> check(Zone zone, ZoneRequest request) {
        Organization district = Organization.findById(request.districtId());
        if (district == null) {
            throw new Unprocessable("districtId", "zone.district.notFound", request.districtId());
        }
        if (district.type != OrganizationType.DISTRICT) {
            throw new Unprocessable("districtId", "zone.district.wrongType", district.type);
        }
        access.requireZoneWrite(district);
        if (Zone.count("districtId = ?1 and lower(name) = lower(?2) and id <> ?3",
                request.districtId(), request.name().trim(), zone.id) > 0) {
            throw Conflict.duplicate("name", "zone.name.taken", request.name().trim());
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && Zone.count("externalId = ?1 and id <> ?2", externalId, zone.id) > 0) {
            throw Conflict.duplicate("externalId", "zone.externalId.taken", externalId);
        }
        List<UUID> ids = request.organizationIds() == null ? List.of() : request.organizationIds();
        Map<UUID, Organization> found = Organization.byId(ids);
        List<FieldViolation> violations = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID orgId = ids.get(i);
            String field = "organizationIds[" + i + "]";
            Organization org = found.get(orgId);
            if (!seen.add(orgId)) {
                violations.add(new FieldViolation(field, "zone.organization.duplicate", orgId));
            } else if (org == null) {
                violations.add(new FieldViolation(field, "zone.organization.notFound", orgId));
            } else if (org.type != OrganizationType.GRASSROOTS || !district.id.equals(org.parentId)) {
                violations.add(new FieldViolation(field, "zone.organization.wrongType", org.name));
            } else if (org.zoneId != null && !org.zoneId.equals(zone.id)) {
                Zone other = Zone.findById(org.zoneId);
                violations.add(new FieldViolation(field, "zone.organization.otherZone", org.name, other.name));
            }
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
        return List.copyOf(seen);
    }

    /**
     * Points exactly {@code organizationIds} at the zone. Entity by entity, so that each organization whose zoneId
     * changes gets a new version and a revision in the audit trail.
     */
    private void setOrganizations(Zone zone, List<UUID> organizationIds) {
        Set<UUID> keep = Set.copyOf(organizationIds);
        for (Organization org : Organization.<Organization>list("zoneId", zone.id)) {
            if (!keep.contains(org.id)) {
                org.zoneId = null;
            }
        }
        if (!organizationIds.isEmpty()) {
            for (Organization org : Organization.<Organization>list("id in ?1", organizationIds)) {
                org.zoneId = zone.id;
            }
        }
        Organization.flush();
    }

    private static void assign(Zone zone, ZoneRequest request) {
        zone.name = request.name().trim();
        zone.districtId = request.districtId();
        zone.headName = Text.blankToNull(request.headName());
        zone.externalId = Text.blankToNull(request.externalId());
    }

    /**
     * An organization left a zone (organizations' own edit): a zone whose list of committees changes gets a new
     * version, like any resource whose representation changes. Touching updatedAt makes the entity dirty, so it also
     * gets a revision in the audit trail, in the organization's transaction.
     */
    void committeeLeft(@Observes LeftZone event) {
        Zone zone = em.find(Zone.class, event.zoneId());
        if (zone != null) {
            zone.updatedAt = Time.now();
        }
    }
}
