package vn.nennep.imports.spi;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.ElementType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.hibernate.validator.HibernateValidatorFactory;
import vn.nennep.common.Messages;
import vn.nennep.common.ProblemMappers;

/**
 * A row to a request body, as the single-record endpoint would get it: the same JSON binding (a number out of range or
 * a wrong type names its field) and the same Bean Validation constraints on the request record. References by external
 * id become ids first.
 */
@ApplicationScoped
public class Binder {

    private final ObjectMapper json;
    private final Map<Locale, Validator> validators = new HashMap<>();
    private final EntityManager em;

    Binder(ObjectMapper json, ValidatorFactory validators, EntityManager em) {
        this.json = json;
        // The same constraints as the endpoints' validator, without asking JPA for every property whether it is loaded
        // (request records are not entities) and without a cache of those answers: most of its cost per row. One per
        // language, its messages in it: rows are checked on a thread of their own, where no request says the language.
        for (Locale locale : List.of(Messages.VIETNAMESE, Locale.ENGLISH)) {
            this.validators.put(locale, validators.unwrap(HibernateValidatorFactory.class).usingContext()
                    .traversableResolver(EVERYTHING).enableTraversableResolverResultCache(false)
                    .messageInterpolator(in(validators.getMessageInterpolator(), locale)).getValidator());
        }
        this.em = em;
    }

    /** {@code interpolator}, always in {@code locale}. */
    private static MessageInterpolator in(MessageInterpolator interpolator, Locale locale) {
        return new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return interpolator.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return interpolator.interpolate(template, context, locale);
            }
        };
    }

    private static final TraversableResolver EVERYTHING = new TraversableResolver() {
        @Override
        public boolean isReachable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }

        @Override
        public boolean isCascadable(Object bean, Path.Node property, Class<?> root, Path path, ElementType type) {
            return true;
        }
    };

    /** The request, or null with the row's errors (in {@code locale}) added to {@code errors}; safe on any thread. */
    public <T> T bind(ObjectNode row, Class<T> type, long number, Locale locale, List<ImportError> errors) {
        T request;
        try {
            request = json.treeToValue(row, type);
        } catch (MismatchedInputException e) {
            String field = ProblemMappers.jsonPath(e);
            String message = e instanceof UnrecognizedPropertyException
                    ? Messages.get(locale, "error.json.unknownField")
                    : Messages.get(locale, "error.json.type", ProblemMappers.expected(e));
            errors.add(new ImportError(number, field.isEmpty() ? null : field, message));
            return null;
        } catch (JsonMappingException e) {
            String field = ProblemMappers.jsonPath(e);
            errors.add(new ImportError(number, field.isEmpty() ? null : field,
                    Messages.get(locale, "error.json.invalid")));
            return null;
        } catch (Exception e) {
            errors.add(new ImportError(number, null, Messages.get(locale, "error.json.shape")));
            return null;
        }
        var violations = validators.getOrDefault(locale, validators.get(Messages.VIETNAMESE)).validate(request);
        if (!violations.isEmpty()) {
            violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach((ConstraintViolation<T> v) -> errors.add(
                            new ImportError(number, ProblemMappers.fieldOf(v.getPropertyPath()), v.getMessage())));
            return null;
        }
        return request;
    }

    /**
     * Replaces {@code <name>ExternalId} by {@code <name>Id} (the record's id, looked up by the client's key in
     * {@code table}); a plain {@code <name>Id} is kept. False, with the row's error, when the key is unknown.
     */
    public boolean reference(ObjectNode row, String name, String table, long number, Locale locale,
            List<ImportError> errors, Map<String, UUID> cache) {
        String extField = name + "ExternalId";
        if (!row.has(extField)) {
            return true;
        }
        String key = row.get(extField).isNull() ? null : row.get(extField).asText().trim();
        row.remove(extField);
        if (key == null || key.isEmpty()) {
            return true;
        }
        UUID id = cache.get(table + ":" + key);
        if (id == null) {
            List<?> found = em.createNativeQuery("select cast(id as text) from " + table + " where external_id = :k")
                    .setParameter("k", key).getResultList();
            if (found.isEmpty()) {
                errors.add(new ImportError(number, extField,
                        Messages.get(locale, "import.reference.notFound", key)));
                return false;
            }
            id = UUID.fromString((String) found.get(0));
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(table + ":" + key, id);
        }
        row.put(name + "Id", id.toString());
        return true;
    }

    /** A cache of references for one import (bounded). */
    public static Map<String, UUID> cache() {
        return new HashMap<>();
    }

    /** A row's errors, none yet. */
    public static List<ImportError> none() {
        return new ArrayList<>();
    }
}
