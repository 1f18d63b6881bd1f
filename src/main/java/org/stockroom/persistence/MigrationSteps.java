package org.stockroom.persistence;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/** Flyway's "before each migration" as a step: "Creating the database: step 3 of 13 (count sessions)". */
final class MigrationSteps implements Callback {

    private final OpenSteps steps;
    private boolean creating;
    private int total;
    private int done;

    MigrationSteps(OpenSteps steps) {
        this.steps = steps;
    }

    /** Before migrating: whether the database is new, and how many migrations will run. */
    void expect(boolean newDatabase, int migrations) {
        this.creating = newDatabase;
        this.total = migrations;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        done++;
        String what = context.getMigrationInfo() == null
                ? ""
                : " (" + context.getMigrationInfo().getDescription() + ")";
        steps.begins((creating ? "Creating the database" : "Upgrading the database") + ": step " + done + " of " + total
                + what);
    }

    @Override
    public String getCallbackName() {
        return "stockroom-migration-steps";
    }
}
