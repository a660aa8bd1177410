package vn.nennep.organizations;

import java.util.List;
import java.util.UUID;

/** One node of {@code GET /organizations/{id}/subtree}, with its children sorted by name. */
public record OrganizationNode(UUID id, String code, String name, OrganizationType type, UUID zoneId,
        long memberCount, List<OrganizationNode> children) {
}
