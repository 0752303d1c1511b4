from .shapes import Rect, area_sum
