package org.stockroom.cli.settings;

import java.io.PrintWriter;
import java.math.BigDecimal;
import org.stockroom.cli.SignedInCommand;
import org.stockroom.service.Actor;
import org.stockroom.service.Backend;
import org.stockroom.service.BackendOpener;
import org.stockroom.service.settings.CountRules;
import org.stockroom.service.settings.SiteSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code stockroom settings show|set}: the idle lock, the count sessions' variance thresholds and how long one may
 * take back one's own command. Changing them needs Admin (the service checks) and is audited.
 */
public final class SettingsCommands {

    private SettingsCommands() {}

    @Command(
            name = "settings",
            mixinStandardHelpOptions = true,
            description = "The site's settings: show them, or set some (Admin).",
            subcommands = {Show.class, Set.class})
    public static final class Group {}

    /** Changes what its options ask (nothing, for show), then prints every setting. */
    abstract static class SettingsCommand extends SignedInCommand {

        SettingsCommand(BackendOpener opener) {
            super(opener);
        }

        @Override
        protected void run(Backend backend, Actor by, PrintWriter out) {
            run(backend.settings(), by);
            print(backend.settings(), out);
        }

        abstract void run(SiteSettings settings, Actor by);
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the settings.")
    static final class Show extends SettingsCommand {

        Show(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(SiteSettings settings, Actor by) {}
    }

    @Command(
            name = "set",
            mixinStandardHelpOptions = true,
            description = "Change the settings given; 'off' switches a variance threshold off. Prints them all.")
    static final class Set extends SettingsCommand {

        @Option(names = "--idle-lock-minutes", paramLabel = "M", description = "0 (never) to 240.")
        Integer idleLock;

        @Option(names = "--own-reversal-minutes", paramLabel = "M", description = "0 to 1440.")
        Integer ownReversal;

        @Option(names = "--count-max-units", paramLabel = "N|off", description = "Recount above this many units.")
        String maxUnits;

        @Option(names = "--count-max-percent", paramLabel = "P|off", description = "Recount above this percent.")
        String maxPercent;

        @Option(names = "--count-max-value", paramLabel = "V|off", description = "Recount above this value.")
        String maxValue;

        @Option(
                names = "--count-recount-by-another",
                arity = "1",
                paramLabel = "true|false",
                description = "A recount must be by someone else.")
        Boolean byAnother;

        Set(BackendOpener opener) {
            super(opener);
        }

        @Override
        void run(SiteSettings settings, Actor by) {
            if (idleLock != null) {
                settings.changeIdleLock(by, idleLock);
            }
            if (ownReversal != null) {
                settings.changeOwnReversalWindow(by, ownReversal);
            }
            if (maxUnits != null || maxPercent != null || maxValue != null || byAnother != null) {
                CountRules now = settings.countRules();
                settings.changeCountRules(
                        by,
                        new CountRules(
                                maxUnits == null
                                        ? now.maxUnits()
                                        : off(maxUnits, "--count-max-units") == null
                                                ? null
                                                : off(maxUnits, "--count-max-units")
                                                        .longValueExact(),
                                maxPercent == null ? now.maxPercent() : off(maxPercent, "--count-max-percent"),
                                maxValue == null ? now.maxValue() : off(maxValue, "--count-max-value"),
                                byAnother == null ? now.recountByAnother() : byAnother));
            }
        }

        private static BigDecimal off(String typed, String option) {
            if (typed.equalsIgnoreCase("off")) {
                return null;
            }
            try {
                return new BigDecimal(typed.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + ": '" + typed + "' is not a number or 'off'");
            }
        }
    }

    static void print(SiteSettings settings, PrintWriter out) {
        CountRules rules = settings.countRules();
        out.printf("idle lock: %d minutes%n", settings.idleLock().toMinutes());
        out.printf(
                "own reversal window: %d minutes%n",
                settings.ownReversalWindow().toMinutes());
        out.printf(
                "count variance thresholds: units %s, percent %s, value %s; recount by another person: %s%n",
                rules.maxUnits() == null ? "off" : rules.maxUnits(),
                rules.maxPercent() == null ? "off" : rules.maxPercent().toPlainString(),
                rules.maxValue() == null ? "off" : rules.maxValue().toPlainString(),
                rules.recountByAnother() ? "yes" : "no");
    }
}
