package vn.nennep.operations;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Request durations as a Prometheus histogram ({@code http_server_requests_seconds_bucket}), so that the p95 per
 * route can be computed across instances ({@code histogram_quantile} over the summed buckets; a per-instance
 * percentile cannot be aggregated). Fixed buckets rather than Micrometer's ~70 generated ones: eleven lines per route,
 * method and status, from 10 ms (a read by id) to 30 s (beyond it, a bulk import: the +Inf bucket).
 */
@Singleton
public class LatencyBuckets {

    static final Duration[] BUCKETS = Stream.of(10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10_000, 30_000)
            .map(Duration::ofMillis).toArray(Duration[]::new);

    @Produces
    @Singleton
    MeterFilter httpServerRequests() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!"http.server.requests".equals(id.getName())) {
                    return config;
                }
                double[] nanos = Stream.of(BUCKETS).mapToDouble(Duration::toNanos).toArray();
                return DistributionStatisticConfig.builder().serviceLevelObjectives(nanos).build().merge(config);
            }
        };
    }
}
