"""The charts of a work report as reportlab.graphics drawings (flowables for a story):
requests by month, the two completion rates by month, fund use against allocation per
fund type. Every string is set in the notice's Chinese font (no Helvetica resource, so
every font of the PDF is embedded). The drawing only scales figures for its axes; the
figures themselves are printed in the report's tables.
"""

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from app.notices.document import WIDTH
from app.notices.fonts import FontSet

BLUE, ORANGE, GREY = colors.HexColor("#2F5597"), colors.HexColor("#C55A11"), colors.HexColor("#808080")
HEIGHT = 190
LABEL_PT = 9


def _drawing(fonts: FontSet) -> Drawing:
    drawing = Drawing(WIDTH, HEIGHT, initialFontName=fonts.body.name)  # the default of every string in it
    return drawing


def _axes(chart, font: str) -> None:
    chart.x, chart.y, chart.width, chart.height = 46, 34, WIDTH - 62, HEIGHT - 64
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName, labels.fontSize = font, LABEL_PT
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#D9D9D9")
    chart.valueAxis.gridStrokeWidth = 0.4


def _unit(drawing: Drawing, font: str, text: str) -> None:
    drawing.add(String(8, HEIGHT - 16, text, fontName=font, fontSize=LABEL_PT, fillColor=GREY))


def _legend(drawing: Drawing, font: str, pairs: list) -> None:
    legend = Legend()
    legend.fontName, legend.fontSize = font, LABEL_PT
    legend.x, legend.y, legend.alignment = WIDTH - 12, HEIGHT - 10, "right"
    legend.boxAnchor, legend.columnMaximum, legend.dx, legend.dy = "ne", 1, 8, 8
    legend.deltax, legend.dxTextSpace, legend.autoXPadding = 10, 4, 12
    legend.colorNamePairs = pairs
    drawing.add(legend)


def requests_chart(months, fonts: FontSet) -> Drawing:
    """Bars: requests received per month, each bar with its count."""
    font, drawing = fonts.body.name, _drawing(fonts)
    chart = VerticalBarChart()
    _axes(chart, font)
    chart.data = [[m.requests for m in months]]
    chart.categoryAxis.categoryNames = [m.label for m in months]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labelTextFormat = "{:,.0f}".format
    chart.bars[0].fillColor, chart.bars[0].strokeColor = BLUE, None
    chart.barLabelFormat, chart.barLabels.fontName, chart.barLabels.fontSize = "{:,}".format, font, 7.5
    chart.barLabels.nudge = 6
    if not any(chart.data[0]):
        chart.valueAxis.valueMax = 10
    drawing.add(chart)
    _unit(drawing, font, "条")
    return drawing


def rates_chart(months, fonts: FontSet) -> Drawing:
    """Lines: the quick-completion and service-completion rates per month, in percent. A
    month without orders has no point; a rate with fewer than two points (a new site, a
    month's report) is drawn as its markers alone — reportlab cannot draw a line of one."""
    font, drawing = fonts.body.name, _drawing(fonts)
    chart = HorizontalLineChart()
    _axes(chart, font)
    quick = [None if m.quick_completion_rate is None else m.quick_completion_rate * 100 for m in months]
    service = [None if m.service_completion_rate is None else m.service_completion_rate * 100 for m in months]
    chart.data = [quick, service]
    chart.categoryAxis.categoryNames = [m.label for m in months]
    seen = [v for v in quick + service if v is not None]
    low = min(seen, default=100.0)
    chart.valueAxis.valueMin = max(0, min(90, int(low // 5) * 5 - 5))
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 2 if chart.valueAxis.valueMin >= 90 else 5 if chart.valueAxis.valueMin >= 70 else 10
    chart.valueAxis.labelTextFormat = "{:g}%".format
    chart.joinedLines = False  # each rate joins its points only if it has two
    for i, (color, shape) in enumerate(((BLUE, "FilledCircle"), (ORANGE, "FilledSquare"))):
        chart.lines[i].strokeColor, chart.lines[i].strokeWidth = color, 1.6
        if sum(v is not None for v in chart.data[i]) >= 2:
            chart.lines[i].lineStyle = "joinedLine"
        chart.lines[i].symbol = makeMarker(shape, size=4, fillColor=color, strokeColor=color)
    drawing.add(chart)
    _legend(drawing, font, [(BLUE, "快速办结率"), (ORANGE, "服务清单办结率")])
    return drawing


def budget_chart(budget, fonts: FontSet) -> Drawing:
    """Grouped bars per fund type: allocated and spent in the year to the period's end (万元)."""
    font, drawing = fonts.body.name, _drawing(fonts)
    chart = VerticalBarChart()
    _axes(chart, font)
    chart.data = [[b.allocated / 1_000_000 for b in budget], [b.spent / 1_000_000 for b in budget]]  # fen -> 万元
    chart.categoryAxis.categoryNames = [b.label for b in budget]
    chart.valueAxis.valueMin = 0
    if not any(chart.data[0] + chart.data[1]):
        chart.valueAxis.valueMax = 1
    chart.valueAxis.labelTextFormat = "{:,.1f}".format
    chart.barSpacing, chart.groupSpacing = 2, 14
    for i, color in enumerate((BLUE, ORANGE)):
        chart.bars[i].fillColor, chart.bars[i].strokeColor = color, None
    chart.barLabelFormat, chart.barLabels.fontName, chart.barLabels.fontSize = "{:,.2f}".format, font, 7.5
    chart.barLabels.nudge = 6
    drawing.add(chart)
    _unit(drawing, font, "万元")
    _legend(drawing, font, [(BLUE, "本年拨付"), (ORANGE, "本年累计支出")])
    return drawing
