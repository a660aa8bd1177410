package vn.nennep.organizations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import vn.nennep.auth.Access;
import vn.nennep.common.Conflict;
import vn.nennep.common.IfMatch;
import vn.nennep.common.NotFound;
import vn.nennep.common.PageQuery;
import vn.nennep.common.PageResponse;
import vn.nennep.common.ProblemException.FieldViolation;
import vn.nennep.common.Text;
import vn.nennep.common.Unprocessable;
import vn.nennep.common.Transactions;
import vn.nennep.common.Where;

/** The party tree's rules: which type sits under which, no cycles, unique codes, member counts. */
@ApplicationScoped
public class OrganizationService {

    /** The list's sort fields (API name to entity property) and its default order, for the resource to parse. */
    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "code", "code", "type", "type", "createdAt", "createdAt", "updatedAt", "updatedAt");
    static final String DEFAULT_SORT = "name";

    /** Members of the branches under each node; a branch counts its roster, or its declared count without one. */
    private static final String MEMBER_COUNTS = """
            SELECT anc, SUM(CASE WHEN b.roster_count > 0 THEN b.roster_count
                                 ELSE COALESCE(b.declared_member_count, 0) END)
            FROM organizations b
            CROSS JOIN LATERAL unnest(string_to_array(trim(BOTH '/' FROM b.path), '/')) AS anc
            WHERE b.type = 'BRANCH' AND %s
            GROUP BY anc""";

    private final EntityManager em;
    private final Access access;
    private final Event<LeftZone> leftZone;

    public OrganizationService(EntityManager em, Access access, Event<LeftZone> leftZone) {
        this.em = em;
        this.access = access;
        this.leftZone = leftZone;
    }

    public PageResponse<OrganizationResponse> list(OrganizationFilter.Query filter, PageQuery page) {
        String scope = access.readPrefix();
        UUID withinId = filter.withinId();
        Organization within = withinId == null ? null : Organization.findById(withinId);
        Where where = new Where()
                .and("path like :scope", "scope", scope == null ? null : scope + "%")
                .and("type = :type", "type", filter.type())
                .and("parentId = :parentId", "parentId", filter.parentId())
                .and("path like :within", "within", withinId == null ? null : within == null ? "-" : within.path + "%")
                .and("zoneId = :zoneId", "zoneId", filter.zoneId())
                .externalId(filter.externalId())
                .updatedSince(filter.updatedSince())
                .search("name || ' ' || code", filter.q());
        var query = Organization.<Organization>find(where.clause(), page.sort(), where.params()).page(page.panachePage());
        List<Organization> rows = query.list();
        Map<UUID, Long> counts = memberCounts(rows.stream().map(o -> o.id).toList());
        return PageResponse.of(rows, page, query.count())
                .map(o -> OrganizationResponse.of(o, counts.getOrDefault(o.id, 0L)));
    }

    public Organization find(UUID id) {
        Organization org = Organization.findById(id);
        if (org == null) {
            throw new NotFound("resource.organization", id);
        }
        return org;
    }

    /** An organization the caller may read (403 otherwise). */
    public Organization readable(UUID id) {
        Organization org = find(id);
        access.requireRead(org);
        return org;
    }

    public OrganizationResponse get(UUID id) {
        return response(readable(id));
    }

    /** POST, and a bulk import's new organization ({@link Transactions#write}: its own transaction, or the import's). */
    public OrganizationResponse create(OrganizationRequest request) {
        return Transactions.write(() -> {
            Organization org = new Organization();
            Organization parent = checkedParent(org, request);
            access.requireOrganizationWrite(null, request.type(), parent);
            checkUnique(org, request);
            checkMemberCount(request);
            assign(org, request);
            org.path = (parent == null ? "/" : parent.path) + org.id + "/";
            org.persistAndFlush();
            return response(org);
        });
    }

    /** PUT, and a bulk import's change to a stored organization. */
    public OrganizationResponse update(UUID id, IfMatch ifMatch, OrganizationRequest request) {
        return Transactions.write(() -> change(id, ifMatch, request));
    }

    private OrganizationResponse change(UUID id, IfMatch ifMatch, OrganizationRequest request) {
        Organization org = readable(id);
        ifMatch.check(org.version);
        Organization parent = checkedParent(org, request);
        access.requireOrganizationWrite(org, request.type(), parent);
        checkUnique(org, request);
        checkMemberCount(request);
        checkTypeChange(org, request.type());
        boolean moved = !Objects.equals(org.parentId, request.parentId());
        assign(org, request);
        if (moved) {
            String oldPath = org.path;
            org.path = (parent == null ? "/" : parent.path) + org.id + "/";
            em.createNativeQuery("""
                    UPDATE organizations SET path = :newPath || substr(path, length(:oldPath) + 1)
                    WHERE path LIKE :oldPath || '%' AND id <> :id""")
                    .setParameter("newPath", org.path).setParameter("oldPath", oldPath).setParameter("id", org.id)
                    .executeUpdate();
        }
        if (org.zoneId != null && (moved || org.type != OrganizationType.GRASSROOTS)) {
            leftZone.fire(new LeftZone(org.zoneId));
            org.zoneId = null;
        }
        Organization.flush();
        return response(org);
    }

    @Transactional
    public void delete(UUID id) {
        Organization org = readable(id);
        access.requireOrganizationWrite(org, org.type, org.parentId == null ? null : find(org.parentId));
        long children = Organization.count("parentId", id);
        long zones = em.createQuery("select count(z) from Zone z where z.districtId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (children > 0 || org.rosterCount > 0 || zones > 0) {
            throw new Conflict("organization.inUse", children, org.rosterCount, zones);
        }
        if (org.zoneId != null) {
            leftZone.fire(new LeftZone(org.zoneId));
        }
        org.delete();
        Organization.flush();
    }

    public OrganizationNode subtree(UUID id) {
        Organization root = readable(id);
        List<Organization> nodes = Organization.list("path like ?1", root.path + "%");
        Map<UUID, Long> counts = memberCountsUnder(root.path);
        Map<UUID, List<Organization>> byParent = new HashMap<>();
        for (Organization node : nodes) {
            if (node.parentId != null) {
                byParent.computeIfAbsent(node.parentId, k -> new ArrayList<>()).add(node);
            }
        }
        return node(root, byParent, counts);
    }

    private OrganizationNode node(Organization org, Map<UUID, List<Organization>> byParent, Map<UUID, Long> counts) {
        List<OrganizationNode> children = byParent.getOrDefault(org.id, List.of()).stream()
                .sorted(Comparator.comparing((Organization o) -> o.name).thenComparing(o -> o.id))
                .map(child -> node(child, byParent, counts))
                .toList();
        return new OrganizationNode(org.id, org.code, org.name, org.type, org.zoneId,
                counts.getOrDefault(org.id, 0L), children);
    }

    OrganizationResponse response(Organization org) {
        return OrganizationResponse.of(org, memberCounts(List.of(org.id)).getOrDefault(org.id, 0L));
    }

    /** Member counts of the given organizations, in one query. */
    public Map<UUID, Long> memberCounts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return collectCounts(em.createNativeQuery(MEMBER_COUNTS.formatted("anc IN (:ids)"))
                .setParameter("ids", ids.stream().map(UUID::toString).toList())
                .getResultList());
    }

    private Map<UUID, Long> memberCountsUnder(String path) {
        return collectCounts(em.createNativeQuery(MEMBER_COUNTS.formatted("b.path LIKE :path"))
                .setParameter("path", path + "%")
                .getResultList());
    }

    private static Map<UUID, Long> collectCounts(List<?> rows) {
        Map<UUID, Long> counts = new LinkedHashMap<>();
        for (Object row : rows) {
            Object[] cols = (Object[]) row;
            counts.put(UUID.fromString((String) cols[0]), ((Number) cols[1]).longValue());
        }
        return counts;
    }

    private Organization checkedParent(Organization org, OrganizationRequest request) {
        OrganizationType type = request.type();
        if (request.parentId() == null) {
            if (type.needsParent()) {
                throw new Unprocessable("parentId", "organization.parent.required", type);
            }
            return null;
        }
        if (type.allowedParents().isEmpty()) {
            throw new Unprocessable("parentId", "organization.parent.forbidden", type);
        }
        Organization parent = Organization.findById(request.parentId());
        if (parent == null) {
            throw new Unprocessable("parentId", "organization.parent.notFound", request.parentId());
        }
        if (org.path != null && org.contains(parent)) {
            throw new Unprocessable("parentId", "organization.parent.cycle");
        }
        if (!type.allowedParents().contains(parent.type)) {
            throw new Unprocessable("parentId", "organization.parent.wrongType", type, parent.type);
        }
        return parent;
    }

    private void checkUnique(Organization org, OrganizationRequest request) {
        if (Organization.count("lower(code) = lower(?1) and id <> ?2", request.code(), org.id) > 0) {
            throw Conflict.duplicate("code", "organization.code.taken", request.code());
        }
        String externalId = Text.blankToNull(request.externalId());
        if (externalId != null && Organization.count("externalId = ?1 and id <> ?2", externalId, org.id) > 0) {
            throw Conflict.duplicate("externalId", "organization.externalId.taken", externalId);
        }
    }

    private static void checkMemberCount(OrganizationRequest request) {
        if (request.memberCount() != null && request.type() != OrganizationType.BRANCH) {
            throw new Unprocessable("memberCount", "organization.memberCount.branchOnly");
        }
    }

    /** A type change must keep the children, the roster and the zones that hang on this node valid. */
    private void checkTypeChange(Organization org, OrganizationType newType) {
        if (org.type == newType) {
            return;
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<OrganizationType> childTypes = em.createQuery(
                "select distinct o.type from Organization o where o.parentId = :id", OrganizationType.class)
                .setParameter("id", org.id).getResultList();
        for (OrganizationType childType : childTypes) {
            if (!childType.allowedParents().contains(newType)) {
                violations.add(new FieldViolation("type", "organization.type.children", newType, childType));
            }
        }
        if (newType != OrganizationType.BRANCH && org.rosterCount > 0) {
            violations.add(new FieldViolation("type", "organization.type.members", org.rosterCount));
        }
        long zones = em.createQuery("select count(z) from Zone z where z.districtId = :id", Long.class)
                .setParameter("id", org.id).getSingleResult();
        if (newType != OrganizationType.DISTRICT && zones > 0) {
            violations.add(new FieldViolation("type", "organization.type.zones", zones));
        }
        if (!violations.isEmpty()) {
            throw new Unprocessable(violations);
        }
    }

    private static void assign(Organization org, OrganizationRequest request) {
        org.code = request.code().trim();
        org.name = request.name().trim();
        org.type = request.type();
        org.parentId = request.parentId();
        org.externalId = Text.blankToNull(request.externalId());
        org.declaredMemberCount = request.memberCount();
    }

}
