package dev.tributary.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts SQL statements sent to the database (each execute/executeQuery/executeUpdate/executeBatch
 * is one round trip), by the first words of their SQL, by wrapping the DataSource in proxies.
 */
public class StatementCounter implements BeanPostProcessor {

    private final AtomicLong total = new AtomicLong();
    /** Only statements of this thread are counted (background pollers would blur per-page figures). */
    private volatile Thread counted;
    private final Map<String, AtomicLong> byKind = new ConcurrentHashMap<>();

    public long total() {
        return total.get();
    }

    /** Statements whose SQL starts with e.g. "update assets" or "insert into assets". */
    public long count(String prefix) {
        return byKind.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToLong(e -> e.getValue().get()).sum();
    }

    public void reset() {
        total.set(0);
        byKind.clear();
        counted = Thread.currentThread();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof PreparedStatement statement && args != null && args.length > 0 && args[0] instanceof String sql) {
                return statement(PreparedStatement.class, statement, sql);
            }
            if (result instanceof Statement statement && !(result instanceof PreparedStatement)) {
                return statement(Statement.class, statement, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String sql) {
        return proxy(type, statement, (target, method, args) -> {
            if (method.getName().startsWith("execute") && Thread.currentThread() == counted) {
                total.incrementAndGet();
                String text = sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "?";
                byKind.computeIfAbsent(kind(text), k -> new AtomicLong()).incrementAndGet();
            }
            return invoke(target, method, args);
        });
    }

    private static String kind(String sql) {
        String[] words = sql.strip().toLowerCase().replaceAll("\\s+", " ").split(" ");
        StringBuilder kind = new StringBuilder();
        for (int i = 0; i < Math.min(words.length, 3); i++) {
            kind.append(i == 0 ? "" : " ").append(words[i]);
        }
        return kind.toString();
    }

    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (proxy, method, args) -> handler.handle(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), allInterfaces(target.getClass(), type), invocation);
    }

    private static Class<?>[] allInterfaces(Class<?> type, Class<?> required) {
        java.util.Set<Class<?>> interfaces = new java.util.LinkedHashSet<>();
        interfaces.add(required);
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            interfaces.addAll(java.util.List.of(c.getInterfaces()));
        }
        return interfaces.toArray(Class<?>[]::new);
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
