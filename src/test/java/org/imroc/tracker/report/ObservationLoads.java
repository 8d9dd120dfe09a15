package org.imroc.tracker.report;

import io.quarkus.arc.Arc;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.imroc.tracker.measure.Observation;

/** How many observations one real HTTP request loads (Hibernate statistics, on in the test profile). */
final class ObservationLoads {

    private ObservationLoads() {}

    static long during(Runnable request) {
        Statistics statistics =
                Arc.container().instance(SessionFactory.class).get().getStatistics();
        statistics.clear();
        request.run();
        return statistics.getEntityStatistics(Observation.class.getName()).getLoadCount();
    }
}
