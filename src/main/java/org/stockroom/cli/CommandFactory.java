package org.stockroom.cli;

import java.lang.reflect.Constructor;
import org.stockroom.service.BackendOpener;
import picocli.CommandLine;

/**
 * Creates the commands and their mixins for picocli, giving each that opens a database (a constructor that
 * takes a {@link BackendOpener}) the opener of the composition root that runs the command line.
 */
public final class CommandFactory implements CommandLine.IFactory {

    private final BackendOpener opener;

    public CommandFactory(BackendOpener opener) {
        this.opener = opener;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        Constructor<K> withOpener;
        try {
            withOpener = type.getDeclaredConstructor(BackendOpener.class);
        } catch (NoSuchMethodException none) {
            return CommandLine.defaultFactory().create(type);
        }
        withOpener.setAccessible(true);
        return withOpener.newInstance(opener);
    }
}
