package org.aftersales.serviceflow.spi;

import java.util.Optional;
import org.aftersales.core.id.PartNumber;
import org.aftersales.core.value.Money;
import org.aftersales.core.plugin.Plugin;

/**
 * Prices for estimate lines given without a price (F5): the labour rate per flat-rate hour for a
 * model, and the price of a part. Asked in plugin order; the first answer wins. Prices are VAT
 * excluded; VAT is added on the settlement (see {@code Settlement}).
 */
public interface Pricing extends Plugin {

    /**
     * The labour rate for an operation on a model.
     *
     * @param operation the operation code
     * @param model the model
     * @return the price of one flat-rate hour, or empty when this plugin does not price it
     */
    Optional<Money> labourRate(String operation, String model);

    /**
     * The price of one unit of a part or fluid.
     *
     * @param part the part number
     * @return the price, or empty when unknown here
     */
    Optional<Money> partPrice(PartNumber part);
}
