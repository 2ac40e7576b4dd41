/** The import options of a promotion: the object keeps its lifecycle state where the same model governs. */
export const PROMOTION_OPTIONS = { keepLifecycleState: true };
