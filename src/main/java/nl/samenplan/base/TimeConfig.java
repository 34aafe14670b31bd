package nl.samenplan.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the team's time zone, so that tests can move it. */
@Configuration
public class TimeConfig {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Bean
    public Clock clock() {
        return Clock.system(ZONE);
    }
}
