"""land_use_patches: small synthetic multispectral image patches of northern land use.

Each patch is 8 x 8 pixels in four bands (blue, green, red, near-infrared), like a tiny cut-out of a
satellite image at about 10 m per pixel. Five classes, 100 patches each: grassland, arable, water,
built_up, forest. Every pixel is made of one surface material (water, grass, tree, bare soil, paved/roof)
with a typical spectral signature, varied per patch (sun, haze, crop vigour) and per pixel (texture).
Patches are not pure: grassland has ditches and hedgerows, water has reedy shores, forest has clearings,
arable fields mix crop rows and bare soil, built-up areas have gardens. So NDVI = (nir - red) / (nir + red)
separates vegetation from water clearly, while a classifier on the four band means is good, not perfect.

Stored as one wide table: patch_id, label, then b_00..b_63, g_00..g_63, r_00..r_63, n_00..n_63 (pixel
index = row * 8 + column). Values are 8-bit digital numbers: reflectance x 400, rounded, capped at 255.
"""

import numpy as np
import pandas as pd

NAME = "land_use_patches"
SEED = 5340  # any fixed number
SIZE = 8
PATCHES_PER_CLASS = 100
CLASSES = ("grassland", "arable", "water", "built_up", "forest")
BANDS = (("b", "blue"), ("g", "green"), ("r", "red"), ("n", "near-infrared"))
DN_PER_REFLECTANCE = 400  # digital number = reflectance x 400, capped at 255

# Typical surface reflectance (blue, green, red, nir), chosen from the usual textbook curve shapes:
# water absorbs nir; green vegetation absorbs red and reflects nir strongly; soil rises slowly from blue
# to nir; paved surfaces and roofs are bright and flat.
SIGNATURES = {
    "water": (0.065, 0.060, 0.042, 0.026),
    "grass": (0.035, 0.080, 0.045, 0.370),
    "tree": (0.025, 0.050, 0.032, 0.230),
    "soil": (0.090, 0.120, 0.150, 0.220),
    "paved": (0.140, 0.150, 0.165, 0.175),
}
MATERIALS = tuple(SIGNATURES)
PATCH_JITTER = 0.15  # relative spread of each band per patch (lognormal sigma)
ILLUMINATION = (0.85, 1.15)  # sun and haze: all bands of a patch scaled by a factor in this range
TEXTURE = 0.07  # relative amplitude of the smoothed pixel noise

_ESRI = ("Esri, ArcGIS Pro documentation, 'NDVI function', "
         "https://pro.arcgis.com/en/pro-app/latest/help/analysis/raster-functions/ndvi-function.htm")
CALIBRATION = [
    {"name": "mean_ndvi_water", "target": -0.2, "tolerance": 0.15, "source": _ESRI,
     "note": "Mean NDVI of the water patches: negative, as the source describes for water (and cloud, "
             "snow). Not from FACTS.md, which has no spectral figures; a general remote-sensing reference."},
    {"name": "mean_ndvi_forest", "target": 0.7, "tolerance": 0.1, "source": _ESRI,
     "note": "Mean NDVI of the forest patches, within the 0.6-0.8 range given for temperate forest."},
    {"name": "mean_ndvi_built_up", "target": 0.2, "tolerance": 0.1, "source": _ESRI,
     "note": "Mean NDVI of built-up patches: paving and roofs are close to 0 (very low values for "
             "concrete), gardens and street trees lift the patch mean to about 0.2."},
]


def _fields():
    fields = [
        {"name": "patch_id", "type": "string", "description": "Patch identifier (fictional location)",
         "constraints": {"required": True, "unique": True, "pattern": "P[0-9]{4}"}},
        {"name": "label", "type": "string", "description": "Land-use class of the patch (majority cover)",
         "constraints": {"required": True, "enum": list(CLASSES)}},
    ]
    for prefix, band in BANDS:
        for i in range(SIZE * SIZE):
            fields.append({"name": f"{prefix}_{i:02d}", "type": "integer",
                           "description": f"{band} band, pixel row {i // SIZE} column {i % SIZE}; "
                                          f"digital number = reflectance x {DN_PER_REFLECTANCE}",
                           "constraints": {"required": True, "minimum": 0, "maximum": 255}})
    return fields


RESOURCES = {
    "land_use_patches": {
        "title": "Multispectral 8x8 land-use patches of the Northern Netherlands (synthetic)",
        "description": "500 synthetic image patches (grassland, arable, water, built_up, forest), four "
                       "bands (blue, green, red, near-infrared), 8 x 8 pixels each, one row per patch. "
                       "Synthetische satellietbeeld-stukjes voor NDVI en beeldclassificatie.",
        "schema": {"fields": _fields(), "primaryKey": ["patch_id"], "missingValues": [""]},
    },
}


def _smooth_noise(rng):
    """8 x 8 noise with some spatial correlation (3 x 3 box filter), scaled to unit spread."""
    raw = np.pad(rng.normal(0.0, 1.0, (SIZE + 2, SIZE + 2)), 1, mode="reflect")
    smooth = sum(raw[1 + dy:1 + dy + SIZE + 2, 1 + dx:1 + dx + SIZE + 2]
                 for dy in (-1, 0, 1) for dx in (-1, 0, 1))[1:-1, 1:-1]
    return smooth / smooth.std()


def _half_plane(rng, fraction):
    """Boolean mask covering about `fraction` of the patch on one side of a random straight edge."""
    yy, xx = np.mgrid[0:SIZE, 0:SIZE]
    angle = rng.uniform(0, 2 * np.pi)
    score = np.cos(angle) * xx + np.sin(angle) * yy + rng.normal(0, 0.3, (SIZE, SIZE))
    return score >= np.quantile(score, 1 - fraction)


def _layout(rng, label):
    """Material of every pixel (8 x 8 array of material names) for one patch of class `label`."""
    m = np.full((SIZE, SIZE), "grass", dtype=object)
    if label == "water":
        m[:] = "water"
        if rng.random() < 0.4:
            m[_half_plane(rng, rng.uniform(0.05, 0.3))] = "grass"  # reedy or grassy shore
    elif label == "grassland":
        if rng.random() < 0.5:  # a ditch
            m[rng.integers(SIZE), :] = "water"
        if rng.random() < 0.3:  # a hedgerow
            m[:, rng.integers(SIZE)] = "tree"
    elif label == "forest":
        m[:] = "tree"
        if rng.random() < 0.5:
            m[_half_plane(rng, rng.uniform(0.05, 0.35))] = "grass"  # a clearing or a forest edge
    elif label == "arable":
        rows = rng.random(SIZE) < rng.uniform(0.2, 0.95)  # strips of bare soil between crop strips
        m[rows, :] = "soil"
        if rng.random() < 0.5:
            m = m.T.copy()
    elif label == "built_up":
        m[:] = "paved"
        m[rng.random((SIZE, SIZE)) < rng.uniform(0.05, 0.35)] = "grass"  # gardens
        m[rng.random((SIZE, SIZE)) < 0.06] = "tree"  # street trees
    return m


def _patch(rng, label):
    """(4, 8, 8) array of digital numbers for one patch."""
    layout = _layout(rng, label)
    light = rng.uniform(*ILLUMINATION)
    vigour = rng.uniform(0.55, 1.05) if label == "arable" else rng.uniform(0.8, 1.05)
    bands = np.zeros((4, SIZE, SIZE))
    for material in MATERIALS:
        mask = layout == material
        if not mask.any():
            continue
        sig = np.array(SIGNATURES[material]) * np.exp(rng.normal(0.0, PATCH_JITTER, 4))
        if material == "grass":  # weaker or drier vegetation: less nir, more red
            sig[3] *= vigour
            sig[2] *= 2.0 - vigour
        bands[:, mask] = sig[:, None]
    shade = _smooth_noise(rng)
    for b in range(4):
        bands[b] *= light * (1.0 + TEXTURE * (shade + 0.5 * rng.normal(0.0, 1.0, (SIZE, SIZE))))
    return np.clip(np.rint(bands * DN_PER_REFLECTANCE), 0, 255).astype(int)


def generate():
    """Return {"land_use_patches": frame}; the same frame on every call. Rows in shuffled class order."""
    rng = np.random.default_rng(SEED)
    labels = np.repeat(CLASSES, PATCHES_PER_CLASS)
    labels = labels[rng.permutation(len(labels))]
    columns = [f"{prefix}_{i:02d}" for prefix, _band in BANDS for i in range(SIZE * SIZE)]
    pixels = np.array([_patch(rng, label).reshape(-1) for label in labels])
    frame = pd.DataFrame(pixels, columns=columns)
    frame.insert(0, "label", labels)
    frame.insert(0, "patch_id", [f"P{i:04d}" for i in range(1, len(labels) + 1)])
    return {"land_use_patches": frame}


def ndvi(frame):
    """Mean NDVI per patch (a Series), computed pixel by pixel from the red and nir columns."""
    red = frame[[f"r_{i:02d}" for i in range(SIZE * SIZE)]].to_numpy(float)
    nir = frame[[f"n_{i:02d}" for i in range(SIZE * SIZE)]].to_numpy(float)
    return pd.Series(((nir - red) / np.maximum(nir + red, 1.0)).mean(axis=1), index=frame.index)


def measure(frames):
    """The CALIBRATION quantities: mean NDVI of the water, forest and built-up patches."""
    frame = frames["land_use_patches"]
    by_class = ndvi(frame).groupby(frame["label"]).mean()
    return {"mean_ndvi_water": float(by_class["water"]), "mean_ndvi_forest": float(by_class["forest"]),
            "mean_ndvi_built_up": float(by_class["built_up"])}
