package org.sendready.grades.internal;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * db-scheduler on the application's database: one task instance per score delivery. Scheduling joins the caller's
 * transaction (so a score is queued exactly when its attempt is stored); a task picked by an instance that dies is
 * revived by another after its heartbeat lapses, so killing the tool mid-delivery loses nothing.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryScheduling {

    static final String TASK = "deliver-score";

    @Bean
    CustomTask<Void> deliveryTask(ScoreDeliverer deliverer) {
        return Tasks.custom(TASK, Void.class)
                .onDeadExecutionRevive()
                .onFailure(new FailureHandler.OnFailureRetryLater<>(java.time.Duration.ofMinutes(1)))
                .execute((instance, context) -> {
                    ScoreDeliverer.Outcome outcome = deliverer.deliver(instance.getId());
                    return outcome.retryAt() == null
                            ? (CompletionHandler<Void>) (complete, operations) -> operations.remove()
                            : (complete, operations) -> operations.reschedule(complete, outcome.retryAt());
                });
    }

    /** Schedules deliveries inside the caller's transaction. */
    @Bean
    SchedulerClient deliveryClient(DataSource dataSource, CustomTask<Void> deliveryTask) {
        return SchedulerClient.Builder.create(new TransactionAwareDataSourceProxy(dataSource), deliveryTask).build();
    }

    /**
     * Runs the delivery workers while the application runs. A stopped db-scheduler cannot be started again, so each
     * start builds a fresh one.
     */
    @Bean
    SmartLifecycle deliveryWorkers(DataSource dataSource, CustomTask<Void> deliveryTask, GradesProperties properties) {
        return new SmartLifecycle() {
            private volatile Scheduler scheduler;

            @Override
            public synchronized void start() {
                scheduler = Scheduler.create(dataSource, deliveryTask)
                        .threads(properties.threads())
                        .pollingInterval(properties.pollingInterval())
                        .shutdownMaxWait(java.time.Duration.ofSeconds(5))
                        .build();
                scheduler.start();
            }

            @Override
            public synchronized void stop() {
                if (scheduler != null) {
                    scheduler.stop();
                    scheduler = null;
                }
            }

            @Override
            public boolean isRunning() {
                return scheduler != null;
            }
        };
    }
}
