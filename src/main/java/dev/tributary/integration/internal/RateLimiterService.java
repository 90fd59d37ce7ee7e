package dev.tributary.integration.internal;

import dev.tributary.integration.http.RateLimiters;
import dev.tributary.integration.http.RequestGate;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.local.LocalBucket;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.stereotype.Service;

/**
 * Bucket4j gates. On PostgreSQL the bucket state lives in {@code rate_limit_buckets} (row locks),
 * so every instance draws from the same budget; on H2 (single node) buckets are in memory.
 */
@Service
class RateLimiterService implements RateLimiters {

    private final Map<String, LocalBucket> local = new ConcurrentHashMap<>();
    private final ProxyManager<Long> shared;

    RateLimiterService(DataSource dataSource) {
        this.shared = isPostgres(dataSource)
                ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).table("rate_limit_buckets").build()
                : null;
    }

    @Override
    public RequestGate gate(String key, long burst, long refill, Duration period) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(refill, period).initialTokens(burst).build())
                .build();
        Bucket bucket = shared != null
                ? shared.getProxy(numericKey(key + "|" + burst + "|" + refill + "|" + period), () -> configuration)
                : local.computeIfAbsent(key + "|" + burst + "|" + refill + "|" + period,
                        k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
        return () -> bucket.asBlocking().consume(1);
    }

    private static long numericKey(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long value = 0;
            for (int i = 0; i < 8; i++) {
                value = (value << 8) | (digest[i] & 0xff);
            }
            return value;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot inspect the database", e);
        }
    }
}
