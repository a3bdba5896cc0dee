package org.aftersales.core.deadline.spi;

import org.aftersales.core.deadline.DeadlineEvent;
import org.aftersales.core.plugin.Plugin;
import org.aftersales.core.store.UnitOfWork;

/**
 * Told of each firing inside the unit of work that marks it fired (C13), so that what it does
 * there (queue a notification, open a task) is stored with the firing or not at all. Hosted by
 * {@link org.aftersales.core.plugin.PluginHost}; run in plugin order. A listener that throws is
 * reported as {@link org.aftersales.core.error.PluginFailureException} with its id, and the
 * firing is not stored: it stays due for the next call.
 */
public interface DeadlineListener extends Plugin {

    /**
     * A deadline was missed or escalated.
     *
     * @param event what fired
     * @param work the unit of work storing the firing
     */
    void fired(DeadlineEvent event, UnitOfWork work);
}
