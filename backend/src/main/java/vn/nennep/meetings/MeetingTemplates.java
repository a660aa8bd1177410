package vn.nennep.meetings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        return procedures().of(branch);
    }

    public List<CriterionTemplate> score(Organization branch) {
        return scores().of(branch);
    }

    /** Every checklist template, to find many branches' at once (a bulk import reads them once). */
    public Nearest<List<String>> procedures() {
        return new Nearest<>(rows("procedure_templates", "steps"), new TypeReference<>() { });
    }

    /** Every score sheet template, likewise. */
    public Nearest<List<CriterionTemplate>> scores() {
        return new Nearest<>(rows("score_templates", "criteria"), new TypeReference<>() { });
    }

    /**
     * Templates with the path of the organization that set them (null: the default). A branch's is that of its
     * nearest ancestor, itself included, that has one; else the default. The tables hold a row per organization that
     * chose its own, so they are read whole.
     */
    public static final class Nearest<T> {
        private final List<Object[]> rows;
        private final TypeReference<T> type;
        private final Map<String, T> parsed = new HashMap<>();

        private Nearest(List<Object[]> rows, TypeReference<T> type) {
            this.rows = rows;
            this.type = type;
        }

        public T of(Organization branch) {
            String best = null;
            String json = null;
            for (Object[] row : rows) {
                boolean standard = (Boolean) row[0];
                String path = (String) row[1];
                if (standard ? json == null : path != null && branch.path != null && branch.path.startsWith(path)
                        && (best == null || path.length() > best.length())) {
                    best = path;
                    json = (String) row[2];
                }
            }
            if (json == null) {
                throw new IllegalStateException("no default template");
            }
            return parsed.computeIfAbsent(json, text -> read(text, type));
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String table, String column) {
        return em.createNativeQuery("select t.organization_id is null, o.path, cast(t." + column + " as text) from "
                + table + " t left join organizations o on o.id = t.organization_id").getResultList();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable template", e);
        }
    }
}
