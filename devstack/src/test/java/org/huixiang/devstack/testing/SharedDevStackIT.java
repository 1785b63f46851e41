package org.huixiang.devstack.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.huixiang.devstack.DevStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension hands every test the one running stack of this JVM. */
@ExtendWith(SharedDevStack.class)
class SharedDevStackIT {

    @Test
    void aTestGetsTheRunningStack(DevStack stack) throws Exception {
        assertThat(stack).isSameAs(SharedDevStack.get());
        Properties props = new Properties();
        props.put("bootstrap.servers", stack.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic("shared-devstack-it", 1, (short) 1)))
                    .all()
                    .get();
            assertThat(admin.listTopics().names().get()).contains("shared-devstack-it");
        }
    }

    @Test
    void anotherTestGetsTheSameOne(DevStack stack) {
        assertThat(stack).isSameAs(SharedDevStack.get());
        assertThat(stack.elasticsearch().pid()).isPositive();
    }
}
