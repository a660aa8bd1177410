package vn.nennep.common;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * A number typed with decimals where a whole one is expected (27.9 members present) is refused, 400 naming the field,
 * not cut to 27: Jackson's default truncates it silently (ACCEPT_FLOAT_AS_INT). The API never changes what a client
 * typed; request bodies and imported rows are read by this mapper alike.
 */
@Singleton
public class StrictNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
