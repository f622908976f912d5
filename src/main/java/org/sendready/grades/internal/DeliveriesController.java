package org.sendready.grades.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import org.sendready.lti.LaunchContext;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** For administrators: scores not yet in their LMS gradebook, why, and a retry for those that failed. */
@Controller
class DeliveriesController {

    private final ScoreOutbox outbox;
    private final SchedulerClient scheduler;
    private final CustomTask<Void> task;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DeliveriesController(ScoreOutbox outbox, SchedulerClient deliveryClient, CustomTask<Void> deliveryTask,
                         TransactionTemplate transactions, Clock clock) {
        this.outbox = outbox;
        this.scheduler = deliveryClient;
        this.task = deliveryTask;
        this.transactions = transactions;
        this.clock = clock;
    }

    @GetMapping("/admin/grades")
    String deliveries(@AuthenticationPrincipal LaunchContext launch, Model model) {
        model.addAttribute("deliveries", outbox.undelivered(launch.tenant().id()));
        model.addAttribute("when", DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(ZoneId.of("Europe/London")));
        model.addAttribute("platform", launch.tenant().platformName());
        return "grades/deliveries";
    }

    @PostMapping("/admin/grades/{deliveryId}/retry")
    String retry(@PathVariable String deliveryId, @AuthenticationPrincipal LaunchContext launch) {
        boolean requeued = Boolean.TRUE.equals(transactions.execute(tx -> {
            if (!outbox.requeue(deliveryId, launch.tenant().id(), clock.instant())) {
                return false;
            }
            scheduler.schedule(task.instance(deliveryId), clock.instant());
            return true;
        }));
        if (!requeued) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/admin/grades";
    }
}
