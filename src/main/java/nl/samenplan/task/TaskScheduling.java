package nl.samenplan.task;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Switches on the scheduler for the nightly task run ({@link TaskJob}). */
@Configuration
@EnableScheduling
class TaskScheduling {
}
