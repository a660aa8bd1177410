package vn.nennep.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.nennep.common.ProblemException;
import vn.nennep.common.ProblemKind;

/**
 * Who is asking, resolved once per request: a user (from the bearer token, re-read from the database so that a
 * disabled account or a changed role takes effect at once) or a machine client (from its API key).
 */
@RequestScoped
public class Caller {

    /** A user or a machine client. */
    public enum Kind {
        USER, MACHINE
    }

    static final String ACTOR_ID = "nennep.actorId";
    static final String ACTOR_KIND = "nennep.actorKind";
    static final String SCOPES = "nennep.scopes";
    static final String ORGANIZATION_ID = "nennep.organizationId";

    private final SecurityIdentity identity;
    private final EntityManager em;
    private Kind kind;
    private UUID id;
    private Role role;
    private UUID organizationId;
    private String organizationPath;
    private Set<String> scopes = Set.of();
    private boolean importing;

    public Caller(SecurityIdentity identity, EntityManager em) {
        this.identity = identity;
        this.em = em;
    }

    public Kind kind() {
        resolve();
        return kind;
    }

    public UUID id() {
        resolve();
        return id;
    }

    /** The user's role; null for a machine client. */
    public Role role() {
        resolve();
        return role;
    }

    public UUID organizationId() {
        resolve();
        return organizationId;
    }

    /** The materialized path of the caller's organization; null for a system administrator (everything). */
    public String organizationPath() {
        resolve();
        return organizationPath;
    }

    public boolean hasScope(String scope) {
        resolve();
        return scopes.contains(scope);
    }

    /** Marks this request as a bulk import (POST /imports): a machine client's import grant then lets it write. */
    public void startImport() {
        importing = true;
    }

    public boolean importing() {
        return importing;
    }

    public boolean isAdmin() {
        return role() == Role.SYSTEM_ADMIN;
    }

    private void resolve() {
        if (kind != null) {
            return;
        }
        if (identity.isAnonymous()) {
            throw new ProblemException(ProblemKind.UNAUTHORIZED, "auth.required");
        }
        if ("MACHINE".equals(identity.getAttribute(ACTOR_KIND))) {
            kind = Kind.MACHINE;
            id = identity.getAttribute(ACTOR_ID);
            organizationId = identity.getAttribute(ORGANIZATION_ID);
            scopes = identity.getAttribute(SCOPES);
            organizationPath = pathOf(organizationId);
            return;
        }
        UUID userId = subject();
        List<Object[]> rows = em.createQuery("""
                select u.role, u.organizationId, o.path from User u left join Organization o on o.id = u.organizationId
                where u.id = :id and u.active = true""", Object[].class).setParameter("id", userId).getResultList();
        if (rows.isEmpty()) {
            throw new ProblemException(ProblemKind.UNAUTHORIZED, "auth.accountDisabled");
        }
        kind = Kind.USER;
        id = userId;
        role = (Role) rows.get(0)[0];
        organizationId = (UUID) rows.get(0)[1];
        organizationPath = role == Role.SYSTEM_ADMIN ? null : (String) rows.get(0)[2];
    }

    private UUID subject() {
        try {
            return UUID.fromString(((JsonWebToken) identity.getPrincipal()).getSubject());
        } catch (RuntimeException e) {
            throw new ProblemException(ProblemKind.UNAUTHORIZED, "auth.invalidToken");
        }
    }

    private String pathOf(UUID organization) {
        List<String> paths = em.createQuery("select o.path from Organization o where o.id = :id", String.class)
                .setParameter("id", organization).getResultList();
        return paths.isEmpty() ? "/-/" : paths.get(0);
    }
}
