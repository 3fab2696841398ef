package org.reportlint.rules.cagrarithmetic;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.reportlint.core.document.Block;
import org.reportlint.core.document.BlockKind;
import org.reportlint.core.facts.Facts;
import org.reportlint.core.facts.MarketSize;

/**
 * The market sizes stated in list items, by list: a box of key figures ("2025 market size: USD 4.2 billion", "CAGR
 * (2026-2032): 6.3%") states a rate and its values in sibling items. Indexed once per document, when first needed, so that a report with
 * thousands of statements is not scanned once per statement.
 */
final class KeyFigureLists {
    private final Facts facts;
    private Map<Block, List<MarketSize>> byList;

    KeyFigureLists(Facts facts) {
        this.facts = facts;
    }

    private Map<Block, List<MarketSize>> byList() {
        if (byList != null) {
            return byList;
        }
        byList = new IdentityHashMap<>();
        for (MarketSize size : facts.marketSizes()) {
            Block item = size.value().block().block();
            if (item != null && item.kind() == BlockKind.LIST_ITEM && item.parent().isPresent()) {
                byList.computeIfAbsent(item.parent().get(), list -> new ArrayList<>()).add(size);
            }
        }
        return byList;
    }

    /** The sizes stated in the other items of the list {@code item} is in; none when it is not a list item. */
    List<MarketSize> siblingsOf(Block item) {
        if (item == null || item.kind() != BlockKind.LIST_ITEM || item.parent().isEmpty()) {
            return List.of();
        }
        List<MarketSize> sizes = byList().getOrDefault(item.parent().get(), List.of());
        return sizes.stream().filter(size -> size.value().block().block() != item).toList();
    }
}
