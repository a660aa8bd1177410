package vn.nennep.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

/**
 * Writes a {@link CsvExport}: UTF-8 with a byte order mark (so that Excel reads Vietnamese correctly), a header row of
 * the JSON property names, RFC 4180 quoting by jackson-dataformat-csv, dates and instants as ISO-8601 text like the
 * JSON, and {@code Content-Disposition: attachment} with the export's file name. A resource offers it beside JSON
 * with {@code @Produces({APPLICATION_JSON, MEDIA_TYPE})} and {@link CsvExport#wanted} (JSON stays the default for
 * {@code Accept: *}{@code /*} or none). Each cell is the property as the JSON API writes it (same dates and enums);
 * a list of plain values is joined with "; ", and anything nested (objects, lists of objects) is its JSON text, so
 * that the columns stay those of the JSON and nothing is lost.
 */
@Provider
@Produces(CsvWriter.MEDIA_TYPE)
public class CsvWriter implements MessageBodyWriter<CsvExport<?>> {

    public static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CsvMapper mapper = CsvMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            // Columns in the record's declaration order, as in the JSON; quotes only where a value needs them.
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .build();
    private final ObjectMapper json;

    public CsvWriter(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return CsvExport.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(CsvExport<?> export, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        headers.putSingle(HttpHeaders.CONTENT_TYPE, MEDIA_TYPE + "; charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + export.filename() + ".csv\"");
        List<String> columns = columns(export.type());
        CsvSchema.Builder builder = CsvSchema.builder();
        columns.forEach(builder::addColumn);
        CsvSchema schema = builder.build().withHeader();
        out.write(BOM);
        try (SequenceWriter writer = mapper.writer(schema).writeValues(out)) {
            for (Object row : export.rows()) {
                JsonNode node = json.valueToTree(row);
                Map<String, String> cells = new LinkedHashMap<>();
                for (String column : columns) {
                    cells.put(column, cell(node.get(column)));
                }
                writer.write(cells);
            }
        }
    }

    /** The JSON property names of a row type, in order; those written only when set (a new key) are left out. */
    private List<String> columns(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (BeanPropertyDefinition property : json.getSerializationConfig().introspect(json.constructType(type))
                .findProperties()) {
            JsonInclude.Value inclusion = property.findInclusion();
            if (inclusion == null || inclusion.getValueInclusion() != JsonInclude.Include.NON_NULL) {
                names.add(property.getName());
            }
        }
        return names;
    }

    private String cell(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isArray() && StreamSupport.stream(value.spliterator(), false).allMatch(JsonNode::isValueNode)) {
            return String.join("; ", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList());
        }
        return value.toString();
    }
}
