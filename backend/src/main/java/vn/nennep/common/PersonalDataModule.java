package vn.nennep.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The one place where personal names are withheld from callers who may not read them (issue 08): every
 * {@link PersonalData} property and every {@link PersonalValue} of every response the REST API writes, as JSON or as
 * CSV (which is written from the same JSON tree, see {@link CsvWriter}). Outside a request (nobody to ask) names are
 * withheld. The database's JSON columns have a mapper of their own ({@link DatabaseJson}) and are never touched.
 */
@Singleton
public class PersonalDataModule implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("personal-data").setSerializerModifier(new BeanSerializerModifier() {
            @Override
            public List<BeanPropertyWriter> changeProperties(SerializationConfig config, BeanDescription bean,
                    List<BeanPropertyWriter> properties) {
                return properties.stream().map(p -> {
                    PersonalData personal = p.getAnnotation(PersonalData.class);
                    return personal == null ? p : (BeanPropertyWriter) new Withholding(p, personal.label());
                }).toList();
            }
        }));
    }

    /** Whether the current request's caller may read names; false outside a request. */
    public static boolean namesVisible() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return false;
        }
        return container.select(PersonalDataPolicy.class).get().mayReadNames();
    }

    /** The language of the current request (Vietnamese outside one), for the neutral labels. */
    private static Locale locale() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return Messages.VIETNAMESE;
        }
        CurrentVertxRequest request = container.select(CurrentVertxRequest.class).get();
        return request.getCurrent() == null ? Messages.VIETNAMESE
                : Messages.negotiate(request.getCurrent().request().getHeader("Accept-Language"));
    }

    /** A property written as it is to name readers, else as null or as neutral labels. */
    static final class Withholding extends BeanPropertyWriter {

        private final String label;

        Withholding(BeanPropertyWriter base, String label) {
            super(base);
            this.label = label;
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
            if (namesVisible()) {
                super.serializeAsField(bean, gen, provider);
                return;
            }
            Object value = get(bean);
            gen.writeFieldName(getName());
            if (value instanceof Collection<?> names && !label.isEmpty()) {
                Locale locale = locale();
                gen.writeStartArray();
                for (int i = 1; i <= names.size(); i++) {
                    gen.writeString(Messages.get(locale, label, i));
                }
                gen.writeEndArray();
            } else {
                gen.writeNull();
            }
        }
    }

    /** Writes a {@link PersonalValue} as its full or its withheld form. */
    public static final class ValueSerializer extends StdSerializer<PersonalValue> {

        public ValueSerializer() {
            super(PersonalValue.class);
        }

        @Override
        public void serialize(PersonalValue value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            provider.defaultSerializeValue(namesVisible() ? value.full() : value.withheld(), gen);
        }
    }
}
