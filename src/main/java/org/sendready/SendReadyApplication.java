package org.sendready;

import org.sendready.course.CoursesCommand;
import org.sendready.scorm.ScormCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

// No username/password accounts exist: people arrive only through LTI launches.
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class SendReadyApplication {

    public static void main(String[] args) {
        if (CoursesCommand.handles(args)) {
            System.exit(CoursesCommand.run(args, System.out));
        }
        if (ScormCommand.handles(args)) {
            System.exit(ScormCommand.run(args, System.out));
        }
        SpringApplication.run(SendReadyApplication.class, args);
    }
}
