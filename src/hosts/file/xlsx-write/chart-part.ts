// The Pareto chart as Excel draws it: revenue columns and the cumulative share as a line on a secondary axis, in a drawing on the summary sheet.
import {
  absoluteArea,
  parseBox,
  type ParetoChartPlan,
  type PlanValue,
  type SummaryCellPlan,
} from '../../../core';
import { XML_DECLARATION, xmlText } from './xml';

const CHART_NS =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** The values of a plan range, in order, from the summary cells (the chart's cache, shown before any recalculation). */
function rangeValues(range: string, cells: ReadonlyMap<string, PlanValue>): PlanValue[] {
  const box = parseBox(range);
  if (box === null) return [];
  const values: PlanValue[] = [];
  for (let r = box.top; r <= box.bottom; r++)
    for (let c = box.left; c <= box.right; c++) values.push(cells.get(`${r}:${c}`) ?? null);
  return values;
}

function reference(sheet: string, range: string): string {
  const box = parseBox(range);
  if (box === null) throw new Error(`Chart range ${JSON.stringify(range)} is not an A1 range`);
  return xmlText(absoluteArea({ sheet, ...box }));
}

function textRef(sheet: string, range: string, values: readonly PlanValue[]): string {
  const points = values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${xmlText(String(v))}</c:v></c:pt>`))
    .join('');
  return `<c:strRef><c:f>${reference(sheet, range)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${points}</c:strCache></c:strRef>`;
}

function numberRef(
  sheet: string,
  range: string,
  values: readonly PlanValue[],
  format: string,
): string {
  const points = values
    .map((v, i) =>
      typeof v === 'number' && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '',
    )
    .join('');
  return `<c:numRef><c:f>${reference(sheet, range)}</c:f><c:numCache><c:formatCode>${xmlText(format)}</c:formatCode><c:ptCount val="${values.length}"/>${points}</c:numCache></c:numRef>`;
}

function axis(
  kind: 'cat' | 'val',
  id: number,
  cross: number,
  position: string,
  extra: string,
): string {
  const tag = kind === 'cat' ? 'c:catAx' : 'c:valAx';
  return `<${tag}><c:axId val="${id}"/>${extra}</${tag}>`
    .replace('{pos}', `<c:axPos val="${position}"/>`)
    .replace('{cross}', `<c:crossAx val="${cross}"/>`);
}

/** The chart part: a clustered column series over the accounts and a line series on a 0-100% secondary axis. */
export function chartXml(
  sheet: string,
  chart: ParetoChartPlan,
  summaryCells: readonly SummaryCellPlan[],
): string {
  const cells = new Map<string, PlanValue>();
  for (const cell of summaryCells) {
    const box = parseBox(cell.address);
    if (box !== null) cells.set(`${box.top}:${box.left}`, cell.value);
  }
  const categories = textRef(sheet, chart.categories, rangeValues(chart.categories, cells));
  const revenue = numberRef(sheet, chart.revenue, rangeValues(chart.revenue, cells), '#,##0');
  const share = numberRef(
    sheet,
    chart.cumulativeShare,
    rangeValues(chart.cumulativeShare, cells),
    '0.0%',
  );
  const scaling = '<c:scaling><c:orientation val="minMax"/></c:scaling>';
  const categoryAxis = (id: number, cross: number, hidden: boolean): string =>
    axis(
      'cat',
      id,
      cross,
      'b',
      `${scaling}<c:delete val="${hidden ? 1 : 0}"/>{pos}<c:tickLblPos val="${hidden ? 'none' : 'low'}"/>{cross}<c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/>`,
    );
  return (
    `${XML_DECLARATION}<c:chartSpace ${CHART_NS}><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>Revenue</c:v></c:tx><c:spPr><a:solidFill><a:srgbClr val="2F6FB0"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/><c:cat>${categories}</c:cat><c:val>${revenue}</c:val></c:ser><c:gapWidth val="40"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>` +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/><c:ser><c:idx val="1"/><c:order val="1"/><c:tx><c:v>Cumulative share</c:v></c:tx><c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="E8590C"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker><c:cat>${categories}</c:cat><c:val>${share}</c:val><c:smooth val="0"/></c:ser><c:marker val="1"/><c:axId val="5003"/><c:axId val="5004"/></c:lineChart>` +
    categoryAxis(5001, 5002, false) +
    axis(
      'val',
      5002,
      5001,
      'l',
      `${scaling}<c:delete val="0"/>{pos}<c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/>{cross}<c:crosses val="autoZero"/><c:crossBetween val="between"/>`,
    ) +
    categoryAxis(5003, 5004, true) +
    axis(
      'val',
      5004,
      5003,
      'r',
      `<c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/>{pos}<c:numFmt formatCode="0%" sourceLinked="0"/><c:tickLblPos val="nextTo"/>{cross}<c:crosses val="max"/><c:crossBetween val="between"/>`,
    ) +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** Columns and rows the chart covers from its anchor: tall enough for the plot beside rotated account names. */
const CHART_COLUMNS = 10;
const CHART_ROWS = 22;

/** The drawing part that places the chart (relationship rId1 of the drawing) with its top-left at the anchor cell. */
export function drawingXml(chart: ParetoChartPlan): string {
  const box = parseBox(chart.anchor) ?? { top: 1, left: 1, bottom: 1, right: 1 };
  const corner = (col: number, row: number): string =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor editAs="oneCell"><xdr:from>${corner(box.left - 1, box.top - 1)}</xdr:from><xdr:to>${corner(box.left - 1 + CHART_COLUMNS, box.top - 1 + CHART_ROWS)}</xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
}
