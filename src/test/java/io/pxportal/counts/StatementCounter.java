package io.pxportal.counts;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Wraps the portal's data source so that a test can list the SQL statements one piece of work sends, whether
 * Hibernate, Spring Data or a {@code JdbcTemplate} sends them. Only the recording thread is counted: the alert
 * scan and other background work run on threads of their own. (A JDK proxy rather than datasource-proxy: that
 * library is not among the project's dependencies, and a counter is all these tests need.)
 */
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<Sent>> RECORDING = new ThreadLocal<>();
    private static final StackWalker STACK = StackWalker.getInstance();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall");
    private static final Set<String> EXECUTING =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    /**
     * One statement sent: its SQL with whitespace collapsed and the lists of bind markers of an IN clause shortened
     * (a batch of 20 ids is the same statement as one of 40), and the portal's code that sent it, innermost first.
     */
    public record Sent(String sql, String origin) {}

    /** The statements {@code work} sent on this thread, in order. */
    public static List<Sent> record(Runnable work) {
        List<Sent> previous = RECORDING.get();
        List<Sent> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            work.run();
        } finally {
            RECORDING.set(previous);
        }
        return List.copyOf(statements);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                ? new CountingDataSource(dataSource)
                : bean;
    }

    private static void sent(Object sql) {
        List<Sent> statements = RECORDING.get();
        if (statements != null && sql instanceof String text) {
            statements.add(
                    new Sent(text.strip().replaceAll("\\s+", " ").replaceAll("\\(\\?(,\\?)*\\)", "(?…)"), origin()));
        }
    }

    /** The portal's own frames on the stack (not Spring's proxies, not this package's), innermost five. */
    private static String origin() {
        return STACK.walk(frames -> frames.filter(f -> f.getClassName().startsWith("io.pxportal.")
                        && !f.getClassName().startsWith(StatementCounter.class.getPackageName())
                        && !f.getClassName().contains("$$"))
                .limit(5)
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName()
                        + ":" + f.getLineNumber())
                .collect(java.util.stream.Collectors.joining(" ← ")));
    }

    private static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection target) {
            return (Connection) Proxy.newProxyInstance(
                    StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (PREPARING.contains(method.getName()) && args != null) {
                            sent(args[0]);
                        }
                        Object result = invoke(target, method, args);
                        return result instanceof Statement statement && !(result instanceof java.sql.PreparedStatement)
                                ? countingStatement(statement)
                                : result;
                    });
        }

        private static Statement countingStatement(Statement target) {
            InvocationHandler handler = (proxy, method, args) -> {
                if (EXECUTING.contains(method.getName()) && args != null && args.length > 0) {
                    sent(args[0]);
                }
                return invoke(target, method, args);
            };
            return (Statement) Proxy.newProxyInstance(
                    StatementCounter.class.getClassLoader(), new Class<?>[] {Statement.class}, handler);
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
