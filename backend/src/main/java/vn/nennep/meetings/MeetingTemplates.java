package vn.nennep.meetings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import vn.nennep.organizations.Organization;

/**
 * The procedure checklist and score sheet that apply to a branch: the template of its nearest ancestor (itself
 * included) that has one, or the default (tables {@code procedure_templates}, {@code score_templates}).
 */
@ApplicationScoped
public class MeetingTemplates {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A criterion of the score sheet; {@code key} ones need full marks for GOOD. */
    public record CriterionTemplate(String code, String name, int max, boolean key) {
    }

    private final EntityManager em;

    public MeetingTemplates(EntityManager em) {
        this.em = em;
    }

    public List<String> procedure(Organization branch) {
        return read(nearest("procedure_templates", "steps", branch), new TypeReference<>() { });
    }

    public List<CriterionTemplate> score(Organization branch) {
        return read(nearest("score_templates", "criteria", branch), new TypeReference<>() { });
    }

    private String nearest(String table, String column, Organization branch) {
        return (String) em.createNativeQuery("select cast(t." + column + " as text) from " + table + " t"
                + " left join organizations o on o.id = t.organization_id"
                + " where t.organization_id is null or :path like o.path || '%'"
                + " order by length(o.path) desc nulls last limit 1")
                .setParameter("path", branch.path).getSingleResult();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable template", e);
        }
    }
}
