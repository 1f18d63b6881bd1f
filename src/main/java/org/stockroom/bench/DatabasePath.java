package org.stockroom.bench;

import java.util.Map;
import javax.sql.DataSource;

/** What the database-backed paths share: counting attempts, and reading balances back for the checks. */
abstract class DatabasePath implements BenchPath {

    protected final DataSource dataSource;
    protected final Attempts attempts = new Attempts();

    DatabasePath(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public double attemptsPerSuccess() {
        return attempts.perSuccess();
    }

    @Override
    public void resetCounters() {
        attempts.reset();
    }

    @Override
    public Map<Long, Long> onHandSnapshot() {
        return BenchData.onHand(dataSource);
    }

    @Override
    public long oversoldLevels() {
        return BenchData.oversold(dataSource);
    }
}
