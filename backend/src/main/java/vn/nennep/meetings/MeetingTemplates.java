package vn.nennep.meetings;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.nennep.organizations.Organization;

/**
 * The procedure checklist and score sheet that apply to a branch: those of its nearest ancestor (itself included) that
 * set its own, or the default (table {@code meeting_templates}, one part at a time: an organization may set its own
 * checklist and follow the score sheet above).
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
        return new Nearest<>(rows("procedure"), new TypeReference<>() { });
    }

    /** Every score sheet template, likewise. */
    public Nearest<List<CriterionTemplate>> scores() {
        return new Nearest<>(rows("criteria"), new TypeReference<>() { });
    }

    /**
     * Templates with the path of the organization that set them (null: the default). A branch's is that of its
     * nearest ancestor, itself included, that has one; else the default. The table holds a row per organization that
     * chose its own, so it is read whole.
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
            Object[] row = nearest(branch);
            return parsed.computeIfAbsent((String) row[3], text -> read(text, type));
        }

        /** The organization whose template {@link #of} gives, or null for the default. */
        public UUID from(Organization branch) {
            return (UUID) nearest(branch)[2];
        }

        private Object[] nearest(Organization branch) {
            String best = null;
            Object[] found = null;
            for (Object[] row : rows) {
                boolean standard = (Boolean) row[0];
                String path = (String) row[1];
                if (standard ? found == null : path != null && branch.path != null && branch.path.startsWith(path)
                        && (best == null || path.length() > best.length())) {
                    best = path;
                    found = row;
                }
            }
            if (found == null) {
                throw new IllegalStateException("no default template");
            }
            return found;
        }
    }

    /** The rows that set this part: whether it is the default, the organization's path and id, the part as JSON. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String column) {
        return em.createNativeQuery("select t.organization_id is null, o.path, t.organization_id, cast(t." + column
                + " as text) from meeting_templates t left join organizations o on o.id = t.organization_id where t."
                + column + " is not null").getResultList();
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable template", e);
        }
    }
}
