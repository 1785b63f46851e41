package org.huixiang.app;

import java.io.StringWriter;
import java.util.UUID;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.layout.PatternLayout;

/** Everything logged while open, at INFO and above, with stack traces, copied into a writer. */
final class LogCapture implements AutoCloseable {

    private final Configuration configuration;
    private final WriterAppender appender;

    private LogCapture(Configuration configuration, WriterAppender appender) {
        this.configuration = configuration;
        this.appender = appender;
    }

    static LogCapture into(StringWriter writer) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = context.getConfiguration();
        WriterAppender appender =
                WriterAppender.newBuilder()
                        .setName("capture-" + UUID.randomUUID())
                        .setTarget(writer)
                        .setLayout(PatternLayout.newBuilder().withPattern("%c %m%n%ex").build())
                        .build();
        appender.start();
        configuration.getRootLogger().addAppender(appender, Level.INFO, null);
        context.updateLoggers();
        return new LogCapture(configuration, appender);
    }

    @Override
    public void close() {
        configuration.getRootLogger().removeAppender(appender.getName());
        appender.stop();
    }
}
