<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>App</name>
    <message>
        <location filename="../../nxdesk/ui/app.py" line="38" />
        <source>The database %1 cannot be opened: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="127" />
        <source>Exceeded</source>
        <translation>Vượt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="128" />
        <source>Met</source>
        <translation>Đạt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="129" />
        <source>Not met</source>
        <translation>Không đạt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="130" />
        <source>On track</source>
        <translation>Đạt tiến độ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="131" />
        <source>Behind</source>
        <translation>Chưa đạt tiến độ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="132" />
        <source>No plan</source>
        <translation>Chưa có kế hoạch</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="133" />
        <source>No data</source>
        <translation>Chưa có số liệu</translation>
    </message>
</context>
<context>
    <name>AssignmentImport</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="33" />
        <source>Import an assignment package</source>
        <translation>Nhận gói chỉ tiêu được giao</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="40" />
        <source>Targets of %1 assigned to %2 (%3)</source>
        <translation>Chỉ tiêu năm %1 giao cho %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="44" />
        <source>, from %1</source>
        <translation>, do %1 giao</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="46" />
        <source>%1 targets (%2 new here) in %3 sectors: %4.</source>
        <translation>%1 chỉ tiêu (%2 chỉ tiêu mới) thuộc %3 lĩnh vực: %4.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="54" />
        <source>This office becomes: %1.</source>
        <translation>Cơ quan trở thành: %1.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="57" />
        <source>This office stays: %1.</source>
        <translation>Cơ quan vẫn là: %1.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="61" />
        <source>%1, %2 targets:</source>
        <translation>%1, %2 chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="70" />
        <source>… and %1 more.</source>
        <translation>… và %1 chỉ tiêu khác.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="74" />
        <source>Import it? Everything is written in one step, or nothing.</source>
        <translation>Nhận gói này? Toàn bộ được ghi trong một lần, hoặc không ghi gì.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="85" />
        <source>Assignment packages (*.nxpkg);;All files (*)</source>
        <translation>Gói chỉ tiêu được giao (*.nxpkg);;Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="104" />
        <source>Imported for %1: %2 new targets, %3 updated; %4.</source>
        <translation>Đã nhận chỉ tiêu năm %1: %2 chỉ tiêu mới, %3 chỉ tiêu cập nhật; %4.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/assignment_import.py" line="110" />
        <source>%1 for %2 targets</source>
        <translation>%1 cho %2 chỉ tiêu</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="122" />
        <source>Backup and restore</source>
        <translation>Sao lưu và khôi phục</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="145" />
        <source>Made at</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="145" />
        <source>Why</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="145" />
        <source>Contents</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="145" />
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="145" />
        <source>Kept</source>
        <translation>Lưu giữ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="157" />
        <source>No backups yet.</source>
        <translation>Chưa có bản sao lưu nào.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="161" />
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="163" />
        <source>Save a copy as…</source>
        <translation>Lưu bản sao ra tệp…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="165" />
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="167" />
        <source>Restore from a file…</source>
        <translation>Khôi phục từ tệp…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="173" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="214" />
        <source>The backup could not be written: %1</source>
        <translation>Không ghi được bản sao lưu: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="218" />
        <source>Backed up to %1.</source>
        <translation>Đã sao lưu vào %1.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="222" />
        <source>Save a copy as</source>
        <translation>Lưu bản sao ra tệp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="236" />
        <source>The copy could not be written: %1</source>
        <translation>Không ghi được bản sao: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="239" />
        <source>A copy was saved as %1.</source>
        <translation>Đã lưu bản sao thành %1.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="253" />
        <source>Restore from a file</source>
        <translation>Khôi phục từ tệp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="264" />
        <source>%1 cannot be restored: %2</source>
        <translation>Không khôi phục được %1: %2</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="274" />
        <source>Restore the backup of %1 (%2)?

The figures now in nxdesk are backed up first, then replaced by this backup's.</source>
        <translation>Khôi phục bản sao lưu lúc %1 (%2)?

Số liệu hiện có trong nxdesk sẽ được sao lưu trước, rồi thay bằng số liệu của bản này.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="263" />
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="284" />
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="292" />
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="297" />
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="300" />
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="306" />
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="312" />
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="134" />
        <source>Backups of %1 are kept in %2. nxdesk backs up when it opens and closes, before every import, upgrade and restore. A backup made by hand or before an import, upgrade or restore is kept at least 30 days; of the others, every backup of today, the last one of each of the last 10 days and of each of the last 12 months are kept.</source>
        <translation>Các bản sao lưu của %1 được lưu trong %2. nxdesk tự sao lưu khi mở và khi đóng, trước mỗi lần nhập dữ liệu, nâng cấp và khôi phục. Bản sao lưu làm bằng tay hoặc trước khi nhập dữ liệu, nâng cấp, khôi phục được giữ ít nhất 30 ngày; với các bản còn lại, giữ mọi bản của hôm nay, bản cuối cùng của mỗi ngày trong 10 ngày gần nhất và của mỗi tháng trong 12 tháng gần nhất.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="283" />
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="305" />
        <source>Nothing was restored: %1</source>
        <translation>Chưa khôi phục gì: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="289" />
        <source>This backup is older than these locks, which the restore would remove: %1.

To restore it anyway, give the reason (it is kept in the lock log):</source>
        <translation>Bản sao lưu này cũ hơn các kỳ đã chốt sau đây, khôi phục sẽ bỏ chốt các kỳ đó: %1.

Nếu vẫn muốn khôi phục, hãy nhập lý do (lý do được ghi vào nhật ký chốt số liệu):</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="297" />
        <source>Nothing was restored: removing locks needs a reason.</source>
        <translation>Chưa khôi phục gì: bỏ chốt số liệu phải có lý do.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="313" />
        <source>The backup was restored. The figures from before are kept in %1.</source>
        <translation>Đã khôi phục bản sao lưu. Số liệu trước đó được giữ ở %1.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="42" />
        <source>When nxdesk opened</source>
        <translation>Khi mở nxdesk</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="43" />
        <source>When nxdesk closed</source>
        <translation>Khi đóng nxdesk</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="44" />
        <source>Backed up by hand</source>
        <translation>Sao lưu thủ công</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="45" />
        <source>Before an import</source>
        <translation>Trước khi nhập tệp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="46" />
        <source>Before a restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="49" />
        <source>Before an upgrade</source>
        <translation>Trước khi nâng cấp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="56" />
        <source>Rotated (daily, monthly)</source>
        <translation>Xoay vòng (theo ngày, theo tháng)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="58" />
        <source>At least until %1</source>
        <translation>Giữ ít nhất đến %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="65" />
        <source>%1 months %2 (locked %3)</source>
        <translation>%1 tháng năm %2 (chốt lúc %3)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="82" />
        <source>Damaged: cannot be restored</source>
        <translation>Bị hỏng: không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="83" />
        <source>Not an nxdesk data file</source>
        <translation>Không phải tệp dữ liệu nxdesk</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="84" />
        <source>From a newer nxdesk</source>
        <translation>Của phiên bản nxdesk mới hơn</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="85" />
        <source>Changed by another program: cannot be restored</source>
        <translation>Đã bị chương trình khác sửa: không khôi phục được</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="86" />
        <source>Cannot be read</source>
        <translation>Không đọc được</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="88" />
        <source>%1 targets, %2 values</source>
        <translation>%1 chỉ tiêu, %2 số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="98" />
        <source>, years %1</source>
        <translation>, năm %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="100" />
        <source>, last change %1</source>
        <translation>, sửa lần cuối %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/backup_dialog.py" line="102" />
        <source>, %1 locked periods</source>
        <translation>, %1 kỳ đã chốt</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../nxdesk/ui/chart/bars.py" line="206" />
        <location filename="../../nxdesk/ui/chart/sketch.py" line="248" />
        <source>No targets for this year and sector</source>
        <translation>Lĩnh vực này chưa có chỉ tiêu trong năm</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/bars.py" line="275" />
        <location filename="../../nxdesk/ui/chart/sketch.py" line="63" />
        <source>» bar cut at %1</source>
        <translation>» Thanh bị cắt ở mức %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/bars.py" line="277" />
        <location filename="../../nxdesk/ui/chart/sketch.py" line="68" />
        <source>◆ no % of plan: the colour gives the assessment</source>
        <translation>◆ không tính được % KH: màu cho biết đánh giá</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/bars.py" line="283" />
        <location filename="../../nxdesk/ui/chart/sketch.py" line="47" />
        <source>100% of plan</source>
        <translation>100% kế hoạch</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/bars.py" line="286" />
        <location filename="../../nxdesk/ui/chart/sketch.py" line="51" />
        <source>Pace %1 (%2)</source>
        <translation>Tiến độ %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="105" />
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="105" />
        <source>% of plan of the sector's targets</source>
        <translation>% kế hoạch của các chỉ tiêu trong lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="106" />
        <source>All sectors</source>
        <translation>Toàn huyện</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="106" />
        <source>% of plan of every target, by sector</source>
        <translation>% kế hoạch của mọi chỉ tiêu, theo lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="107" />
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="107" />
        <source>The selected target by month, against last year and the plan</source>
        <translation>Chỉ tiêu đang chọn theo tháng, so với cùng kỳ năm trước và kế hoạch</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="112" />
        <source>Save as PNG image…</source>
        <translation>Lưu thành ảnh PNG…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="113" />
        <source>Copy image (to paste into Word)</source>
        <translation>Sao chép ảnh (để dán vào Word)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="114" />
        <source>Save or copy the chart shown</source>
        <translation>Lưu hoặc sao chép biểu đồ đang xem</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="233" />
        <location filename="../../nxdesk/ui/chart/pane.py" line="238" />
        <source>%1 — % of plan, %2</source>
        <translation>%1 — % kế hoạch, %2</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="254" />
        <source>No sector</source>
        <translation>Chưa chọn lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="289" />
        <location filename="../../nxdesk/ui/chart/pane.py" line="301" />
        <location filename="../../nxdesk/ui/chart/pane.py" line="307" />
        <source>Save chart as PNG</source>
        <translation>Lưu biểu đồ thành ảnh PNG</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="289" />
        <source>PNG image (*.png)</source>
        <translation>Ảnh PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="302" />
        <source>The image could not be written to %1:
%2</source>
        <translation>Không ghi được ảnh vào %1:
%2</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="307" />
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/pane.py" line="319" />
        <source>Chart copied: paste it into Word with Ctrl+V</source>
        <translation>Đã sao chép biểu đồ: dán vào Word bằng Ctrl+V</translation>
    </message>
</context>
<context>
    <name>ChartRows</name>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="94" />
        <source>no plan</source>
        <translation>chưa có KH</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="108" />
        <source>Value: none entered</source>
        <translation>Giá trị: chưa nhập</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="112" />
        <source>(estimate)</source>
        <translation>(ước)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="113" />
        <source>Value: %1</source>
        <translation>Giá trị: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="122" />
        <source>No plan</source>
        <translation>Chưa có kế hoạch</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="124" />
        <source>%1 of plan</source>
        <translation>Đạt %1 kế hoạch</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="126" />
        <source>(bar cut at %1)</source>
        <translation>(thanh được cắt ở mức %1)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="128" />
        <source>No % of plan can be computed</source>
        <translation>Không tính được % kế hoạch</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="132" />
        <source>Lower is better (baseline %1)</source>
        <translation>Càng thấp càng tốt (gốc so sánh %1)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="137" />
        <source>Lower is better</source>
        <translation>Càng thấp càng tốt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="138" />
        <source>Assessment: %1</source>
        <translation>Đánh giá: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/rows.py" line="140" />
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../nxdesk/ui/dialog_service.py" line="56" />
        <source>Open the file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialog_service.py" line="59" />
        <source>Open the folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialog_service.py" line="62" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialog_service.py" line="146" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialog_service.py" line="147" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialog_service.py" line="207" />
        <source>%1 is nxdesk's data file. Choose another name: saving there would destroy the figures.</source>
        <translation>%1 là tệp dữ liệu của nxdesk. Hãy chọn tên khác: lưu vào đó sẽ làm mất số liệu.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialog_service.py" line="211" />
        <source>%1 is a working file of a database. Choose another name: saving there would damage the data.</source>
        <translation>%1 là tệp làm việc của một cơ sở dữ liệu. Hãy chọn tên khác: lưu vào đó sẽ làm hỏng dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialog_service.py" line="215" />
        <source>%1 is in the backups folder of the data file. Choose another folder.</source>
        <translation>%1 nằm trong thư mục sao lưu của tệp dữ liệu. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialog_service.py" line="218" />
        <source>%1 is a database file. Choose another name: it must not be written over.</source>
        <translation>%1 là tệp cơ sở dữ liệu. Hãy chọn tên khác: không được ghi đè lên tệp này.</translation>
    </message>
</context>
<context>
    <name>EntryGrid</name>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="142" />
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="143" />
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="146" />
        <source>Same period last year</source>
        <translation>Cùng kỳ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="147" />
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="148" />
        <source>Estimate/Official</source>
        <translation>Ước/Chính thức</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="149" />
        <source>% of plan</source>
        <translation>% KH</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="150" />
        <source>% same period</source>
        <translation>% cùng kỳ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="151" />
        <source>% of term target</source>
        <translation>% MT nhiệm kỳ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="152" />
        <source>Year-end expectation</source>
        <translation>Dự kiến cả năm</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="153" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="154" />
        <source>% of %1</source>
        <translation>% %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="160" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="162" />
        <source>Estimate</source>
        <translation>Ước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_cells.py" line="175" />
        <source>'%1' is neither 'Estimate' nor 'Official'.</source>
        <translation>'%1' không phải 'Ước' hay 'Chính thức'.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_model.py" line="199" />
        <source>Editable: type to change, Delete clears, Ctrl+V pastes from Excel.</source>
        <translation>Nhập được: gõ để sửa, Delete để xóa, Ctrl+V để dán từ Excel.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_model.py" line="335" />
        <source>Term target: %1</source>
        <translation>Mục tiêu nhiệm kỳ: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_model.py" line="338" />
        <source>The office's own year-end expectation.</source>
        <translation>Dự kiến cả năm do cơ quan nhập.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_model.py" line="341" />
        <source>Projected from last year's pattern; type the office's own.</source>
        <translation>Dự kiến theo diễn biến năm trước; có thể nhập số của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_model.py" line="344" />
        <source>No basis for a projection; type the office's own.</source>
        <translation>Chưa có cơ sở để dự kiến; hãy nhập số của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_model.py" line="346" />
        <source>Note: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_model.py" line="349" />
        <location filename="../../nxdesk/ui/models/entry_model.py" line="379" />
        <source>This period is locked (figures final); unlock it to change them.</source>
        <translation>Kỳ này đã chốt số liệu; muốn sửa phải mở chốt.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_model.py" line="370" />
        <source>Plans are not typed in the grid: change them in the plan editor (Plan… on the toolbar).</source>
        <translation>Kế hoạch không nhập trong bảng này: sửa trong cửa sổ Kế hoạch (nút Kế hoạch… trên thanh công cụ).</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_model.py" line="376" />
        <source>This column is calculated and cannot be typed into.</source>
        <translation>Cột này được tính tự động, không nhập được.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/models/entry_model.py" line="464" />
        <source>Edit %1</source>
        <translation>Sửa %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/entry_grid.py" line="525" />
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/entry_grid.py" line="551" />
        <source>%1: yes → %2, no → %3</source>
        <translation>%1: có → %2, không → %3</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/entry_grid.py" line="558" />
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/entry_grid.py" line="559" />
        <source>Is the dot the thousands separator?</source>
        <translation>Dấu chấm là dấu phân cách hàng nghìn?</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/entry_grid.py" line="561" />
        <source>Yes: the dot separates thousands</source>
        <translation>Có: dấu chấm phân cách hàng nghìn</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/entry_grid.py" line="562" />
        <source>No: the dot is the decimal mark</source>
        <translation>Không: dấu chấm là dấu thập phân</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/entry_grid.py" line="594" />
        <source>The pasted block goes beyond the table (%1 rows, %2 columns).</source>
        <translation>Khối dán vượt ra ngoài bảng (%1 dòng, %2 cột).</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/entry_grid.py" line="607" />
        <source>Nothing was pasted:</source>
        <translation>Chưa dán gì:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/entry_grid.py" line="612" />
        <source>Paste %1 cells</source>
        <translation>Dán %1 ô</translation>
    </message>
</context>
<context>
    <name>EntryWorkbookDialog</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/entry_workbook_dialog.py" line="41" />
        <source>Entry workbook for %1</source>
        <translation>Biểu nhập liệu năm %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/entry_workbook_dialog.py" line="49" />
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/entry_workbook_dialog.py" line="56" />
        <source>Sectors:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/entry_workbook_dialog.py" line="58" />
        <source>Fill in the figures entered so far (to be confirmed)</source>
        <translation>Điền sẵn số liệu đã nhập (để các phòng xác nhận)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/entry_workbook_dialog.py" line="62" />
        <source>Write the workbook…</source>
        <translation>Xuất biểu…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/entry_workbook_dialog.py" line="63" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="63" />
        <source>Welcome to nxdesk</source>
        <translation>Chào mừng đến với nxdesk</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="71" />
        <source>This database has no targets yet. How do you want to start?</source>
        <translation>Cơ sở dữ liệu này chưa có chỉ tiêu nào. Anh/chị muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="77" />
        <source>Load the demo</source>
        <translation>Nạp dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="78" />
        <source>The 27 targets of Như Xuân district with their 9-month 2024 figures, to try everything out.</source>
        <translation>27 chỉ tiêu của huyện Như Xuân với số liệu 9 tháng năm 2024, để dùng thử mọi chức năng.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="85" />
        <source>Copy the structure from a CSV file…</source>
        <translation>Sao chép cấu trúc từ tệp CSV…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="86" />
        <source>Targets, sectors and plans from a table in the import format (a file exported from Excel).</source>
        <translation>Chỉ tiêu, lĩnh vực và kế hoạch từ một bảng theo mẫu nhập liệu (tệp xuất từ Excel).</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="93" />
        <source>Start an empty year…</source>
        <translation>Bắt đầu một năm trống…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="94" />
        <source>Choose the year, then enter its targets and plans in the plan editor.</source>
        <translation>Chọn năm, rồi nhập các chỉ tiêu và kế hoạch trong màn hình Kế hoạch.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="114" />
        <location filename="../../nxdesk/ui/first_run.py" line="182" />
        <location filename="../../nxdesk/ui/first_run.py" line="189" />
        <source>Your office</source>
        <translation>Cơ quan của bạn</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="125" />
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="126" />
        <source>Place name:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="127" />
        <source>Party committee:</source>
        <translation>Đảng ủy / cấp ủy:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="128" />
        <source>Above it:</source>
        <translation>Đảng bộ cấp trên:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="129" />
        <source>People's Committee:</source>
        <translation>Ủy ban nhân dân:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="156" />
        <source>Start from a province's typical targets</source>
        <translation>Bắt đầu từ danh mục chỉ tiêu thường dùng của tỉnh</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="157" />
        <source>About 25 targets a province follows, in the five sectors, for this year: edit them.</source>
        <translation>Khoảng 25 chỉ tiêu chủ yếu của một tỉnh, theo 5 lĩnh vực, cho năm nay; sửa lại cho đúng với tỉnh.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="162" />
        <source>Start from a commune's typical targets</source>
        <translation>Bắt đầu từ danh mục chỉ tiêu thường dùng của xã</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="163" />
        <source>About 25 targets of a 2025–2030 commune congress resolution, in the five sectors, for this year: edit them.</source>
        <translation>Khoảng 25 chỉ tiêu như Nghị quyết Đại hội Đảng bộ xã nhiệm kỳ 2025–2030, theo 5 lĩnh vực, cho năm nay; sửa lại cho đúng với xã.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="183" />
        <source>A name is too long (200 characters at most) or holds invisible characters.</source>
        <translation>Tên quá dài (tối đa 200 ký tự) hoặc có ký tự ẩn.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="203" />
        <source>The starting list was not loaded</source>
        <translation>Chưa nạp được danh mục chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="218" />
        <source>The demo was not loaded</source>
        <translation>Chưa nạp được dữ liệu mẫu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="231" />
        <source>Copy the structure from a CSV file</source>
        <translation>Sao chép cấu trúc từ tệp CSV</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="232" />
        <source>CSV tables (*.csv)</source>
        <translation>Bảng CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="257" />
        <location filename="../../nxdesk/ui/first_run.py" line="265" />
        <source>Start an empty year</source>
        <translation>Bắt đầu một năm trống</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="257" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/first_run.py" line="266" />
        <source>'%1' is not a year.</source>
        <translation>'%1' không phải là một năm.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="45" />
        <source>Estimate</source>
        <translation>Ước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="46" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="52" />
        <source>Typed in the grid</source>
        <translation>Nhập trên bảng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="53" />
        <source>Pasted</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="54" />
        <source>Undo / redo</source>
        <translation>Hoàn tác / làm lại</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="55" />
        <source>Imported from a file</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="56" />
        <source>Restored from the history</source>
        <translation>Khôi phục từ lịch sử</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="57" />
        <source>Read from a workbook</source>
        <translation>Đọc từ tệp Excel</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="90" />
        <source>Value history</source>
        <translation>Lịch sử giá trị</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="109" />
        <source>Changed at</source>
        <translation>Thời điểm sửa</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="110" />
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="111" />
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="112" />
        <source>Estimate / official</source>
        <translation>Ước / chính thức</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="113" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="114" />
        <source>How</source>
        <translation>Cách nhập</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="126" />
        <source>No value has been entered for this period yet.</source>
        <translation>Kỳ này chưa nhập giá trị nào.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="129" />
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="202" />
        <source>Restore this value</source>
        <translation>Khôi phục giá trị này</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="132" />
        <source>Make the selected row's new value the current value again; the restore is recorded in the history too.</source>
        <translation>Đặt lại giá trị mới của dòng đang chọn làm giá trị hiện tại; việc khôi phục cũng được ghi vào lịch sử.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="140" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="156" />
        <source>Current value: %1</source>
        <translation>Giá trị hiện tại: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="158" />
        <source>This period is locked: unlock it to restore a value.</source>
        <translation>Kỳ này đã chốt số liệu: cần mở chốt để khôi phục giá trị.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="212" />
        <source>%1 is locked: the figures are final. Unlock the period to change them.</source>
        <translation>%1 đã chốt số liệu. Cần mở chốt để sửa.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="219" />
        <source>The value could not be saved; nothing was changed.

%1</source>
        <translation>Không lưu được giá trị; không có gì bị thay đổi.

%1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/history_dialog.py" line="206" />
        <source>That is already the current value.</source>
        <translation>Đây đã là giá trị hiện tại.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="32" />
        <location filename="../../nxdesk/ui/import_export.py" line="91" />
        <source>… and %1 more.</source>
        <translation>… và %1 lỗi khác.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="34" />
        <source>Nothing was written. Correct these %1 problem(s) and try again:</source>
        <translation>Chưa ghi gì vào dữ liệu. Hãy sửa %1 lỗi sau rồi thử lại:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="37" />
        <location filename="../../nxdesk/ui/import_export.py" line="105" />
        <location filename="../../nxdesk/ui/import_export.py" line="110" />
        <source>The file was not imported</source>
        <translation>Không nhập được tệp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="58" />
        <source>Import figures from a file</source>
        <translation>Nhập số liệu từ tệp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="59" />
        <source>CSV tables and entry workbooks (*.csv *.xlsx);;CSV tables (*.csv);;Excel (*.xlsx)</source>
        <translation>Bảng CSV và biểu nhập liệu (*.csv *.xlsx);;Bảng CSV (*.csv);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="106" />
        <source>The file cannot be read: %1</source>
        <translation>Không đọc được tệp: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="92" />
        <source>Imported</source>
        <translation>Đã nhập</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="45" />
        <location filename="../../nxdesk/ui/import_export.py" line="98" />
        <source>Checking and writing %1…</source>
        <translation>Đang kiểm tra và ghi %1…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="49" />
        <source>Importing figures</source>
        <translation>Đang nhập số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="78" />
        <source>%1 rows imported: %2 new targets, %3 updated, %4 values written.</source>
        <translation>Đã nhập %1 dòng: %2 chỉ tiêu mới, %3 chỉ tiêu cập nhật, %4 giá trị được ghi.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="89" />
        <source>Check these figures:</source>
        <translation>Hãy kiểm tra lại các số sau:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="98" />
        <source>Checking %1…</source>
        <translation>Đang kiểm tra %1…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="136" />
        <source>Entry workbook for the departments</source>
        <translation>Biểu nhập liệu gửi các phòng, ban</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="137" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="148" />
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="149" />
        <source>The workbook could not be written: %1</source>
        <translation>Không ghi được tệp Excel: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="154" />
        <source>Entry workbook written</source>
        <translation>Đã xuất biểu nhập liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/import_export.py" line="155" />
        <source>%1 was written. Departments fill in the yellow cells; import the file back with File → Import figures.</source>
        <translation>Đã ghi %1. Các phòng, ban điền vào các ô màu vàng; sau đó nhập lại tệp bằng Tệp → Nhập số liệu từ tệp.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="33" />
        <source>Import %1: check before writing</source>
        <translation>Nhập %1: kiểm tra trước khi ghi</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="36" />
        <source>%1 new figures, %2 changed, %3 unchanged; %4 new targets.</source>
        <translation>%1 số liệu mới, %2 thay đổi, %3 không đổi; %4 chỉ tiêu mới.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="46" />
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="47" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="48" />
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="49" />
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="50" />
        <source>Estimate/Official</source>
        <translation>Ước/Chính thức</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="81" />
        <source>… and %1 more.</source>
        <translation>… và %1 số liệu khác.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="84" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="85" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="93" />
        <source>Estimate</source>
        <translation>Ước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/import_preview.py" line="93" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="26" />
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="27" />
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="28" />
        <source>Special zone</source>
        <translation>Đặc khu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="29" />
        <source>Province or city</source>
        <translation>Tỉnh, thành phố</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="30" />
        <source>District (figures before 1 July 2025)</source>
        <translation>Huyện (số liệu trước 1/7/2025)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="37" />
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="38" />
        <source>ward</source>
        <translation>phường</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="39" />
        <source>special zone</source>
        <translation>đặc khu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="40" />
        <location filename="../../nxdesk/ui/level_text.py" line="49" />
        <source>province</source>
        <translation>tỉnh</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="41" />
        <source>district</source>
        <translation>huyện</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="48" />
        <source>central government</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="57" />
        <source>Term target</source>
        <translation>Mục tiêu nhiệm kỳ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="60" />
        <source>Budget (%1)</source>
        <translation>Dự toán %1 giao</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="61" />
        <source>Plan (%1)</source>
        <translation>KH %1 giao</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="67" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/level_text.py" line="72" />
        <source>Whole %1</source>
        <translation>Toàn %1</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="54" />
        <source>Lock the figures</source>
        <translation>Chốt số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="76" />
        <source>Reason:</source>
        <translation>Lý do:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="79" />
        <source>Lock</source>
        <translation>Chốt số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="81" />
        <source>Unlock…</source>
        <translation>Mở chốt…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="87" />
        <source>Locks and unlocks of %1:</source>
        <translation>Các lần chốt và mở chốt năm %1:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="90" />
        <source>At</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="90" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="90" />
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="90" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="100" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="111" />
        <source>Locked since %1: the figures cannot be changed.</source>
        <translation>Đã chốt từ %1: số liệu không sửa được nữa.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="113" />
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="114" />
        <source>Why the period is unlocked (required)</source>
        <translation>Lý do mở chốt (bắt buộc)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="117" />
        <source>Not locked: the figures can still be changed. Lock the period once they are final (for example after the meeting's report).</source>
        <translation>Chưa chốt: số liệu còn sửa được. Hãy chốt khi số liệu đã chính thức (ví dụ sau khi báo cáo hội nghị).</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="120" />
        <source>For example: reported to the standing committee</source>
        <translation>Ví dụ: đã báo cáo Ban Thường vụ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="123" />
        <source>%1 of the %2 figures entered are still estimates (ước).</source>
        <translation>Trong %2 số đã nhập, %1 số vẫn là số ước.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="127" />
        <source>All %1 figures entered are official.</source>
        <translation>Cả %1 số đã nhập đều là số chính thức.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="142" />
        <source>Locked</source>
        <translation>Chốt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="142" />
        <source>Unlocked</source>
        <translation>Mở chốt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="158" />
        <source>The period could not be locked: %1</source>
        <translation>Không chốt được kỳ này: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="168" />
        <source>Please write why the period is unlocked; the reason is kept in the log.</source>
        <translation>Hãy ghi lý do mở chốt; lý do được lưu vào nhật ký.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="173" />
        <source>Unlock %1? Its figures can then be changed again. The unlock and its reason are logged.</source>
        <translation>Mở chốt %1? Sau đó số liệu của kỳ sẽ sửa được. Việc mở chốt và lý do được ghi vào nhật ký.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="175" />
        <source>Unlock</source>
        <translation>Mở chốt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/lock_dialog.py" line="183" />
        <source>The period could not be unlocked: %1</source>
        <translation>Không mở chốt được kỳ này: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="47" />
        <source>Plan…</source>
        <translation>Kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="49" />
        <source>Targets and plans of the year</source>
        <translation>Chỉ tiêu và kế hoạch của năm</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="52" />
        <source>Summary…</source>
        <translation>Tổng hợp…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="55" />
        <source>Summary table, printing, PDF, Excel and the report draft</source>
        <translation>Biểu tổng hợp, in, PDF, Excel và dự thảo báo cáo</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="58" />
        <location filename="../../nxdesk/ui/window_views.py" line="108" />
        <source>Lock figures</source>
        <translation>Chốt số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="60" />
        <source>Lock or unlock this period</source>
        <translation>Chốt hoặc mở chốt số liệu kỳ này</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="62" />
        <source>Settings…</source>
        <translation>Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="63" />
        <source>Backup / Restore…</source>
        <translation>Sao lưu / Khôi phục…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="65" />
        <source>Import figures…</source>
        <translation>Nhập số liệu từ tệp…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="67" />
        <source>A CSV table or a filled entry workbook, all or nothing</source>
        <translation>Một bảng CSV hoặc biểu nhập liệu đã điền: nhập trọn vẹn hoặc không nhập gì</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="70" />
        <source>Entry workbook for departments…</source>
        <translation>Xuất biểu nhập liệu (Excel)…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="72" />
        <source>An Excel workbook of a period for the departments to fill in or confirm</source>
        <translation>Biểu Excel của một kỳ để các phòng, ban điền hoặc xác nhận số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="76" />
        <source>Value history…</source>
        <translation>Lịch sử giá trị…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="78" />
        <source>Units and results by unit…</source>
        <translation>Đơn vị và kết quả theo đơn vị…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="81" />
        <source>Assign targets…</source>
        <translation>Giao chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="84" />
        <source>Receive reports…</source>
        <translation>Nhận báo cáo…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="87" />
        <source>Import an assignment package…</source>
        <translation>Nhận gói chỉ tiêu được giao…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="89" />
        <source>The targets and plans the level above assigned to this office</source>
        <translation>Chỉ tiêu và kế hoạch cấp trên giao cho cơ quan</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="93" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="40" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="41" />
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="117" />
        <source>Toolbar</source>
        <translation>Thanh công cụ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="122" />
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="129" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="141" />
        <source>Estimate</source>
        <translation>Ước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="142" />
        <source>Official</source>
        <translation>Chính thức</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="145" />
        <source>Values typed now are stored as estimates</source>
        <translation>Số nhập từ bây giờ được ghi là số ước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="149" />
        <source>Values typed now are stored as official figures</source>
        <translation>Số nhập từ bây giờ được ghi là số chính thức</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="173" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="180" />
        <location filename="../../nxdesk/ui/window_periods.py" line="59" />
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="185" />
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="190" />
        <source>&amp;Units</source>
        <translation>Đơn &amp;vị</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="197" />
        <location filename="../../nxdesk/ui/window_periods.py" line="53" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_chrome.py" line="198" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_views.py" line="106" />
        <source>Unlock figures</source>
        <translation>Mở chốt số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_views.py" line="112" />
        <source>This data file is open for reading only: nothing can be changed.</source>
        <translation>Tệp dữ liệu đang mở chỉ để xem: không sửa được số liệu.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_views.py" line="115" />
        <source>%1 %2 is locked: the figures are final and read-only.</source>
        <translation>Kỳ %1 năm %2 đã chốt số liệu: chỉ xem, không sửa được.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_views.py" line="117" />
        <source>The plan or the targets of %2 have changed since %1 was locked; this locked report still shows them as they were at locking. Later periods use the new plan.</source>
        <translation>Kế hoạch hoặc danh mục chỉ tiêu năm %2 đã thay đổi sau khi chốt số liệu %1; báo cáo đã chốt này vẫn giữ như lúc chốt. Các kỳ sau dùng kế hoạch mới.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_views.py" line="130" />
        <source>%1 %2: %3/%4 targets at %5% of plan or more</source>
        <translation>%1 %2: %3/%4 chỉ tiêu đạt từ %5% KH trở lên</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/main_window.py" line="258" />
        <source> (read only)</source>
        <translation> (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_views.py" line="139" />
        <source>Saved at %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_writer.py" line="42" />
        <source>The figures were changed outside this window (another program or the nxdesk command line) and have been reloaded.</source>
        <translation>Số liệu đã được thay đổi bên ngoài cửa sổ này (bởi chương trình khác hoặc dòng lệnh nxdesk) và đã được tải lại.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_writer.py" line="60" />
        <source>This step cannot be undone or redone: the figure was changed outside this window (another program or the nxdesk command line) after your edit. The step was dropped and the figure as changed there is kept.</source>
        <translation>Không thể hoàn tác hoặc làm lại bước này: số liệu đã được thay đổi bên ngoài cửa sổ này (bởi chương trình khác hoặc dòng lệnh nxdesk) sau khi bạn sửa. Bước này đã được bỏ, số liệu đã thay đổi đó được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_writer.py" line="70" />
        <source>%1 %2 is locked: the figures are final. Unlock the period to change them.</source>
        <translation>Kỳ %1 năm %2 đã chốt số liệu. Muốn sửa phải mở chốt kỳ này.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_writer.py" line="80" />
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_writer.py" line="83" />
        <source>The change could not be saved: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_writer.py" line="123" />
        <source>The undo history was cleared: the file was changed by the dialog.</source>
        <translation>Đã xóa danh sách hoàn tác: hộp thoại vừa thay đổi số liệu trong tệp, hoàn tác các bước cũ sẽ ghi đè lên đó.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_slots.py" line="142" />
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_slots.py" line="144" />
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_slots.py" line="145" />
        <source>Clear</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/help_dialog.py" line="24" />
        <source>nxdesk — guide</source>
        <translation>nxdesk — hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/help_dialog.py" line="30" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="46" />
        <source>Find target:</source>
        <translation>Tìm chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="51" />
        <source>name or code — Enter: next, Esc: close</source>
        <translation>tên hoặc mã — Enter: tìm tiếp, Esc: đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="80" />
        <source>Next sector</source>
        <translation>Lĩnh vực sau</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="83" />
        <source>Previous sector</source>
        <translation>Lĩnh vực trước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="86" />
        <source>Next period</source>
        <translation>Kỳ báo cáo sau</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="89" />
        <source>Previous period</source>
        <translation>Kỳ báo cáo trước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="92" />
        <source>Next year</source>
        <translation>Năm sau</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="95" />
        <source>Previous year</source>
        <translation>Năm trước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="98" />
        <source>Next pane</source>
        <translation>Ô tiếp theo (danh sách, bảng, biểu đồ)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="101" />
        <source>Previous pane</source>
        <translation>Ô trước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="107" />
        <source>Find target…</source>
        <translation>Tìm chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="110" />
        <source>Only targets behind plan</source>
        <translation>Chỉ hiện chỉ tiêu chậm so với kế hoạch</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="114" />
        <source>Chart pane</source>
        <translation>Biểu đồ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="119" />
        <source>Help</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="121" />
        <location filename="../../nxdesk/ui/window_keys.py" line="280" />
        <source>About nxdesk</source>
        <translation>Giới thiệu nxdesk</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="242" />
        <source>not found</source>
        <translation>không thấy</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_keys.py" line="281" />
        <source>nxdesk %1 — the yearly targets' figures, charts and reports of an office, offline.

Data file: %2</source>
        <translation>nxdesk %1 — số liệu, biểu đồ và báo cáo các chỉ tiêu của năm, chạy không cần mạng.

Tệp dữ liệu: %2</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_periods.py" line="21" />
        <source>Each quarter on its own…</source>
        <translation>Từng quý…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_periods.py" line="25" />
        <source>Flows by quarter: Quarter III = 9 months − 6 months</source>
        <translation>Chỉ tiêu lũy kế theo từng quý: Quý III = 9 tháng − 6 tháng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_periods.py" line="28" />
        <source>Two periods side by side…</source>
        <translation>Hai kỳ cạnh nhau…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_periods.py" line="31" />
        <source>Copy the table</source>
        <translation>Sao chép bảng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_periods.py" line="35" />
        <source>The visible rows and columns, to paste into Excel or Word as a table</source>
        <translation>Các dòng và cột đang hiện, để dán vào Excel hoặc Word thành bảng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/window_periods.py" line="86" />
        <source>Copied %1 rows: paste them into Excel or Word with Ctrl+V.</source>
        <translation>Đã chép %1 dòng: dán vào Excel hoặc Word bằng Ctrl+V.</translation>
    </message>
</context>
<context>
    <name>MessageText</name>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="22" />
        <source>contains a control character ({char}); retype the text without it</source>
        <translation>có ký tự điều khiển ({char}); hãy gõ lại, bỏ ký tự đó</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="26" />
        <source>contains an invisible character ({char}); retype the text without it</source>
        <translation>có ký tự ẩn ({char}); hãy gõ lại, bỏ ký tự đó</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="30" />
        <source>is {length} characters long; at most {limit} are kept</source>
        <translation>dài {length} ký tự; chỉ được tối đa {limit} ký tự</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="34" />
        <source>a target needs a code</source>
        <translation>chỉ tiêu phải có mã</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="38" />
        <source>the file is empty</source>
        <translation>tệp trống</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="42" />
        <source>the file is not a text table (it holds binary data); save it as CSV</source>
        <translation>tệp không phải bảng văn bản (có dữ liệu nhị phân); hãy lưu thành CSV</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="46" />
        <source>the file is written in {encoding}, which nxdesk cannot read; convert it to Unicode (e.g. Unikey's converter) and save it as CSV UTF-8</source>
        <translation>tệp viết bằng bảng mã {encoding}, nxdesk không đọc được; hãy chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu thành CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="50" />
        <source>the file is not text in UTF-8, UTF-16 or Windows-1258</source>
        <translation>tệp không phải văn bản UTF-8, UTF-16 hay Windows-1258</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="54" />
        <source>unknown column</source>
        <translation>cột không có trong mẫu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="58" />
        <source>column appears twice</source>
        <translation>cột xuất hiện hai lần</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="62" />
        <source>required column is missing</source>
        <translation>thiếu cột bắt buộc</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="66" />
        <source>{count} cells where the header has {expected}</source>
        <translation>có {count} ô trong khi dòng tiêu đề có {expected} cột</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="70" />
        <source>not valid CSV: {detail}</source>
        <translation>không đúng định dạng CSV: {detail}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="74" />
        <source>no number given</source>
        <translation>chưa nhập số</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="78" />
        <source>'{text}' is not a number</source>
        <translation>'{text}' không phải là số</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="82" />
        <source>'{text}' is ambiguous: write {as_thousands} for thousands or {as_decimal} for a decimal</source>
        <translation>'{text}' có thể hiểu theo hai cách: viết {as_thousands} nếu là số nguyên, hoặc {as_decimal} nếu là số thập phân</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="86" />
        <source>'{text}' is negative, which this figure cannot be</source>
        <translation>'{text}' là số âm; số liệu này không thể âm</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="90" />
        <source>'{text}' must be a whole number</source>
        <translation>'{text}' phải là số nguyên</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="94" />
        <source>'{text}' is too large: a figure may be at most 1.000.000.000.000.000 (10^15)</source>
        <translation>'{text}' quá lớn: số liệu tối đa là 1.000.000.000.000.000 (10^15)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="98" />
        <source>'{text}' is too long to be a figure</source>
        <translation>'{text}' quá dài, không phải là số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="102" />
        <source>the plan is empty</source>
        <translation>kế hoạch để trống</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="106" />
        <source>'{text}' is not a plan expression (e.g. 25.000, ≥ 70, dưới 3, 6,6-6,8, khoảng 4)</source>
        <translation>'{text}' không phải là kế hoạch (ví dụ 25.000, ≥ 70, dưới 3, 6,6-6,8, khoảng 4)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="110" />
        <source>'{text}': the lower bound of a range must come first</source>
        <translation>'{text}': số nhỏ của khoảng phải viết trước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="114" />
        <source>required value is empty</source>
        <translation>ô bắt buộc đang để trống</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="118" />
        <source>'{text}' is not a whole number from {low} to {high}</source>
        <translation>'{text}' không phải số nguyên từ {low} đến {high}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="122" />
        <source>'{text}' is not {allowed}</source>
        <translation>'{text}' không phải là {allowed}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="126" />
        <source>'{text}' is not estimate, official, ước or chính thức</source>
        <translation>'{text}' không phải là ước hay chính thức</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="130" />
        <source>a target cannot be its own parent</source>
        <translation>chỉ tiêu không thể là chỉ tiêu cha của chính nó</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="134" />
        <source>duplicate code {code} for {months}/{year} (see line {other})</source>
        <translation>mã {code} xuất hiện hai lần cho kỳ {months}/{year} (xem dòng {other})</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="138" />
        <source>differs from line {other} for the same code {code}</source>
        <translation>khác với dòng {other} của cùng mã {code}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="142" />
        <source>differs from line {other} for {code} {year}</source>
        <translation>khác với dòng {other} của {code} năm {year}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="146" />
        <source>unknown parent code {code}</source>
        <translation>không có chỉ tiêu cha mã {code}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="150" />
        <source>parent chain of {code} loops back to itself</source>
        <translation>các chỉ tiêu cha của {code} vòng lại chính nó</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="154" />
        <source>parent {parent} is in sector {parent_sector}, not {sector}</source>
        <translation>chỉ tiêu cha {parent} thuộc lĩnh vực {parent_sector}, không phải {sector}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="158" />
        <source>period {months}/{year} is locked</source>
        <translation>kỳ {months}/{year} đã chốt số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="162" />
        <source>cannot tell whether the file's decimal mark is a comma or a dot; give --decimal comma or --decimal dot</source>
        <translation>không xác định được dấu thập phân là dấu phẩy hay dấu chấm; hãy viết số theo kiểu Việt Nam (1.401,351)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="166" />
        <source>no backup could be written before importing ({detail})</source>
        <translation>không sao lưu được trước khi nhập ({detail})</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="170" />
        <source>cannot read the workbook: {detail}</source>
        <translation>không đọc được tệp Excel: {detail}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="174" />
        <source>this is not an nxdesk entry workbook (no sheet has the hidden row of column names; write one with nxdesk for the period)</source>
        <translation>đây không phải biểu nhập liệu của nxdesk (không trang nào có dòng ẩn ghi tên cột); hãy xuất biểu nhập liệu của kỳ từ nxdesk</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="178" />
        <source>the hidden row of column names is gone; write the workbook again with nxdesk and copy the figures into it</source>
        <translation>dòng ẩn ghi tên cột đã bị xóa; hãy xuất lại biểu nhập liệu từ nxdesk rồi chép số liệu vào</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="182" />
        <source>the file unpacks to {size} MB, far more than any entry form; it was not opened</source>
        <translation>tệp giải nén ra {size} MB, lớn hơn nhiều so với mọi biểu nhập liệu; tệp không được mở</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="186" />
        <source>the file has {count} parts, far more than any entry form; it was not opened</source>
        <translation>tệp có {count} phần, nhiều hơn hẳn mọi biểu nhập liệu; tệp không được mở</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="190" />
        <source>the file has {count} cells, far more than any entry form; it was not opened</source>
        <translation>tệp có {count} ô, nhiều hơn hẳn mọi biểu nhập liệu; tệp không được mở</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="194" />
        <source>the formula has no calculated value; open the file in Excel and save it again, or type the number</source>
        <translation>công thức chưa có giá trị tính sẵn; hãy mở tệp bằng Excel rồi lưu lại, hoặc gõ số trực tiếp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="198" />
        <source>no Thực hiện or Ghi chú cell is filled in on any sheet: nothing to import</source>
        <translation>chưa ô Thực hiện hay Ghi chú nào được điền: không có gì để nhập</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="202" />
        <source>this cell may not be changed in the workbook (it was '{old}', it is '{new}'); only Thực hiện, Ước / Chính thức, Dự kiến cả năm and Ghi chú are read</source>
        <translation>không được sửa ô này trong biểu (trước là '{old}', nay là '{new}'); chỉ các ô Thực hiện, Ước / Chính thức, Dự kiến cả năm và Ghi chú được nhận</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="206" />
        <source>a row was added; new targets are added in the plan editor, not the workbook</source>
        <translation>có dòng được thêm vào; chỉ tiêu mới phải thêm trong cửa sổ Kế hoạch, không thêm trong biểu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="210" />
        <source>the target {code} appears twice (also row {other})</source>
        <translation>chỉ tiêu {code} xuất hiện hai lần (cả ở dòng {other})</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="214" />
        <source>the stored figure cannot be shown: it is not a number or larger than 10^15; type the right figure, or restore a backup</source>
        <translation>giá trị đã lưu không hiển thị được: không phải là số hoặc lớn hơn 10^15; hãy nhập lại số đúng, hoặc khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="218" />
        <source>{value} is less than {earlier}, entered at an earlier cut-off of the year</source>
        <translation>{value} nhỏ hơn {earlier} đã nhập ở kỳ trước trong năm</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="222" />
        <source>{value} is more than 3 times or less than a third of the same period last year ({last_year})</source>
        <translation>{value} gấp hơn 3 lần hoặc chưa bằng một phần ba cùng kỳ năm trước ({last_year})</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="226" />
        <source>{pct}% of plan: far beyond it; check the figure and its unit</source>
        <translation>{pct}% kế hoạch: vượt quá xa; kiểm tra lại số và đơn vị tính</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="230" />
        <source>its 'trong đó' rows add up to {total}, more than its value {value}</source>
        <translation>các dòng "trong đó" cộng lại được {total}, lớn hơn số của chỉ tiêu ({value})</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="234" />
        <source>integrity: {detail}</source>
        <translation>tệp dữ liệu hỏng: {detail}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="238" />
        <source>foreign key: {table} row {row} points to a missing {parent} row</source>
        <translation>liên kết hỏng: dòng {row} của bảng {table} trỏ tới dòng {parent} không còn</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="242" />
        <source>the {year} plan ({source}) '{text}' cannot be read</source>
        <translation>kế hoạch năm {year} ({source}) '{text}' không đọc được</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="246" />
        <source>its parent {parent} is in another sector</source>
        <translation>chỉ tiêu cha {parent} thuộc lĩnh vực khác</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="250" />
        <source>its chain of parents loops</source>
        <translation>các chỉ tiêu cha vòng lại chính nó</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="254" />
        <source>{count} value(s) entered in {year}, but the target is not in {year}'s plan</source>
        <translation>có {count} số liệu năm {year}, nhưng chỉ tiêu không có trong kế hoạch năm {year}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="275" />
        <source>sheet {sheet}, cell {cell}</source>
        <translation>trang {sheet}, ô {cell}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="278" />
        <source>sheet {sheet}</source>
        <translation>trang {sheet}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="281" />
        <source>line {line}, column {column}</source>
        <translation>dòng {line}, cột {column}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/messages.py" line="286" />
        <source>line {line}</source>
        <translation>dòng {line}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="13" />
        <source>the unit code is empty</source>
        <translation>mã đơn vị đang trống</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="14" />
        <source>unit code '{code}' may hold only letters, digits, '-', '_' and '.'</source>
        <translation>mã đơn vị '{code}' chỉ được gồm chữ, số, '-', '_' và '.'</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="17" />
        <source>the unit's name is empty</source>
        <translation>tên đơn vị đang trống</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="18" />
        <source>level '{level}' is not one of xa, phuong, dac_khu, thon</source>
        <translation>cấp '{level}' không phải xa, phuong, dac_khu hay thon</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="21" />
        <source>unit code {code} is already used by {name}</source>
        <translation>mã đơn vị {code} đã dùng cho {name}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="22" />
        <location filename="../../nxdesk/ui/units_messages.py" line="105" />
        <source>no unit with code {code}</source>
        <translation>không có đơn vị mã {code}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="23" />
        <source>the units file needs the columns code,name[,level], not {header}</source>
        <translation>tệp danh sách đơn vị cần các cột code,name[,level], không phải {header}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="26" />
        <source>the units file cannot be read: {reason}</source>
        <translation>không đọc được tệp danh sách đơn vị: {reason}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="27" />
        <source>plan '{text}' for {code} is not a plan expression</source>
        <translation>kế hoạch '{text}' của {code} không phải biểu thức kế hoạch</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="28" />
        <source>not an nxdesk package ({reason})</source>
        <translation>không phải gói số liệu nxdesk ({reason})</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="29" />
        <source>not an nxdesk package (the manifest says format '{format}')</source>
        <translation>không phải gói số liệu nxdesk (tệp mô tả ghi định dạng '{format}')</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="32" />
        <source>package format version {version} is newer than this nxdesk reads ({known}); update nxdesk</source>
        <translation>gói số liệu định dạng phiên bản {version}, mới hơn bản nxdesk này đọc được ({known}); hãy cập nhật nxdesk</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="36" />
        <source>the manifest is incomplete: {field} is missing or invalid</source>
        <translation>tệp mô tả của gói thiếu hoặc sai mục {field}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="39" />
        <source>this is {kind} package, not {expected} package</source>
        <translation>đây là gói {kind}, không phải gói {expected}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="40" />
        <source>the rows do not match the manifest's sha256: the file was changed after it was written, or is damaged</source>
        <translation>số liệu trong gói không khớp mã sha256 của tệp mô tả: tệp đã bị sửa sau khi tạo hoặc bị hỏng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="44" />
        <source>the manifest counts {expected} rows, the file holds {found}</source>
        <translation>tệp mô tả ghi {expected} dòng, trong gói có {found} dòng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="47" />
        <source>rows.csv needs the columns {columns}</source>
        <translation>rows.csv cần các cột {columns}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="48" />
        <source>there are no units to assign to (add them with: nxdesk units add CODE NAME)</source>
        <translation>chưa có đơn vị nào để giao chỉ tiêu (thêm đơn vị trước)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="51" />
        <source>there are no targets for {year}</source>
        <translation>năm {year} chưa có chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="52" />
        <source>no such folder: {folder}</source>
        <translation>không có thư mục {folder}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="53" />
        <source>{column} '{text}' is not valid</source>
        <translation>{column} '{text}' không hợp lệ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="54" />
        <source>the row is for {found}, the package for {year}</source>
        <translation>dòng này của năm {found}, gói của năm {year}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="55" />
        <source>parent '{parent}' is neither in the package nor a known target</source>
        <translation>chỉ tiêu cha '{parent}' không có trong gói và không phải chỉ tiêu đã có</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="58" />
        <source>this office's unit code is not known: import the assignment package from the level above first, or give --unit-code and --unit-name</source>
        <translation>chưa biết mã đơn vị của cơ quan này: hãy nhập gói giao chỉ tiêu của cấp trên trước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="62" />
        <source>there are no figures for {months}/{year} to send</source>
        <translation>kỳ {months}/{year} chưa có số liệu để gửi</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="63" />
        <source>unit {code} ({name}) is not one of this office's units</source>
        <translation>đơn vị {code} ({name}) không thuộc danh sách đơn vị của cơ quan này</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="66" />
        <source>unit {code} ({name}) is retired</source>
        <translation>đơn vị {code} ({name}) đã ngừng theo dõi</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="67" />
        <source>{months}/{year} is locked here; unlock it to receive figures for it</source>
        <translation>kỳ {months}/{year} đã chốt số liệu ở đây; mở chốt để nhận số liệu của kỳ này</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="70" />
        <source>target {code} is not a target of {year} here</source>
        <translation>chỉ tiêu {code} không có trong năm {year} ở đây</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="71" />
        <source>target {code} appears twice</source>
        <translation>chỉ tiêu {code} xuất hiện hai lần</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="72" />
        <source>the row is for {found}, the package for {months}/{year}</source>
        <translation>dòng này của kỳ {found}, gói của kỳ {months}/{year}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="73" />
        <source>{code}: {reason}</source>
        <translation>{code}: {reason}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="74" />
        <source>{code}: {text} is not a whole number, which {unit} must be</source>
        <translation>{code}: {text} không phải số nguyên, mà {unit} phải là số nguyên</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="77" />
        <source>{code}: status '{text}' is not estimate or official</source>
        <translation>{code}: trạng thái '{text}' không phải ước hay chính thức</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="78" />
        <source>the manifest counts {expected} estimates and officials, the rows hold {found}</source>
        <translation>tệp mô tả ghi {expected} số ước và chính thức, trong gói có {found}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="81" />
        <source>this package was written at {written_at}, before the one already received ({applied_at}); it is not applied</source>
        <translation>gói này lập lúc {written_at}, trước gói đã nhận ({applied_at}); không áp dụng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="85" />
        <source>{count} figure(s) differ from those received on {received_at}; run again with --accept-changes to replace them</source>
        <translation>{count} số liệu khác với số đã nhận lúc {received_at}; xác nhận để thay thế</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="89" />
        <source>DHIS2 has no period from January to month {months}; export by period (the default) instead, or a cut-off of 1, 3, 6 or 12 months</source>
        <translation>DHIS2 không có kỳ từ tháng 1 đến tháng {months}; hãy xuất theo kỳ (mặc định), hoặc chọn kỳ 1, 3, 6 hay 12 tháng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="93" />
        <source>this entry workbook was not written for a unit (it carries no unit code); write each unit's workbook with: nxdesk assign --year Y --months M -o DIR</source>
        <translation>biểu nhập này không được ghi cho một đơn vị (không có mã đơn vị); ghi biểu cho từng đơn vị bằng: nxdesk assign --year Y --months M -o DIR</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="97" />
        <source>nothing is filled in: no Thực hiện or Ghi chú cell on any sheet</source>
        <translation>chưa điền gì: không có ô Thực hiện hay Ghi chú nào trên các trang</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="100" />
        <source>unknown column(s) {columns} in a table with unit_code</source>
        <translation>cột không biết {columns} trong bảng có cột unit_code</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="101" />
        <source>column {column} is needed</source>
        <translation>cần có cột {column}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="102" />
        <source>{column} is the office's own; leave it empty on a unit's row</source>
        <translation>{column} là của chính cơ quan; để trống trên dòng của đơn vị</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="106" />
        <source>no target {code} in {year}</source>
        <translation>không có chỉ tiêu {code} trong năm {year}</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="107" />
        <source>'{text}' is not valid here</source>
        <translation>'{text}' không hợp lệ ở đây</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="108" />
        <source>{months}/{year} is locked</source>
        <translation>kỳ {months}/{year} đã chốt số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/units_messages.py" line="109" />
        <source>the file cannot be read: {reason}</source>
        <translation>không đọc được tệp: {reason}</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="77" />
        <source>Please type a number.</source>
        <translation>Hãy nhập một số.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="80" />
        <source>'%1' can be read two ways: write %2 for a whole number or %3 for a decimal.</source>
        <translation>'%1' có thể hiểu theo hai cách: viết %2 nếu là số nguyên, hoặc %3 nếu là số thập phân.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="89" />
        <source>'%1' is negative; a figure in %2 cannot be negative.</source>
        <translation>'%1' là số âm; số liệu tính bằng %2 không thể âm.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="95" />
        <source>'%1' must be a whole number (unit: %2).</source>
        <translation>'%1' phải là số nguyên (ĐVT: %2).</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="100" />
        <source>'%1' is too large: a figure may be at most 1.000.000.000.000.000.</source>
        <translation>'%1' quá lớn: số liệu không được vượt quá 1.000.000.000.000.000.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="104" />
        <source>'%1' is too long to be a figure.</source>
        <translation>'%1' quá dài, không thể là một số liệu.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="105" />
        <source>'%1' is not a number.</source>
        <translation>'%1' không phải là số.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="113" />
        <source>The stored setting %1 holds '%2', which is not valid; %3 is used instead. Correct it in Settings.</source>
        <translation>Thiết lập %1 đang lưu giá trị '%2' không hợp lệ; tạm dùng %3. Hãy sửa lại trong Cài đặt.</translation>
    </message>
</context>
<context>
    <name>NarrativePane</name>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="48" />
        <source>Rebuild from data</source>
        <translation>Soạn lại từ số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="49" />
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="50" />
        <source>Save as Word (.docx)…</source>
        <translation>Lưu tệp Word (.docx)…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="51" />
        <source>Save as text (.txt)…</source>
        <translation>Lưu tệp văn bản (.txt)…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="53" />
        <source>Write the draft again from the current figures</source>
        <translation>Soạn lại dự thảo theo số liệu hiện có</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="54" />
        <source>Copy the whole draft, ready to paste into Word</source>
        <translation>Sao chép toàn bộ dự thảo để dán vào Word</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="90" />
        <source>Draft report — %1</source>
        <translation>Dự thảo báo cáo — %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="91" />
        <source>Built from the figures in the database; you may edit the text here.</source>
        <translation>Soạn tự động từ số liệu trong cơ sở dữ liệu; có thể sửa trực tiếp văn bản tại đây.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="95" />
        <source>Rebuild the draft</source>
        <translation>Soạn lại dự thảo</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="95" />
        <source>Your edits to the draft will be lost. Rebuild it?</source>
        <translation>Những chỗ đã sửa trong dự thảo sẽ mất. Soạn lại?</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="102" />
        <source>Copied to the clipboard — paste it into Word with Ctrl+V.</source>
        <translation>Đã sao chép — dán vào Word bằng Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="113" />
        <source>Save the draft as a Word document</source>
        <translation>Lưu dự thảo thành tệp Word</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="113" />
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="123" />
        <source>Save the draft as text</source>
        <translation>Lưu dự thảo thành tệp văn bản</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="123" />
        <source>Text files (*.txt)</source>
        <translation>Tệp văn bản (*.txt)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="135" />
        <source>Could not write %1:
%2
The file may be open in another program.</source>
        <translation>Không ghi được tệp %1:
%2
Có thể tệp đang được mở trong một chương trình khác.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="137" />
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="139" />
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="141" />
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/narrative_pane.py" line="141" />
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="141" />
        <location filename="../../nxdesk/ui/i18n.py" line="168" />
        <source>Quarter I</source>
        <translation>Quý I</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="143" />
        <location filename="../../nxdesk/ui/i18n.py" line="172" />
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="145" />
        <location filename="../../nxdesk/ui/i18n.py" line="173" />
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="147" />
        <location filename="../../nxdesk/ui/i18n.py" line="174" />
        <source>Full year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="148" />
        <location filename="../../nxdesk/ui/i18n.py" line="165" />
        <source>Month %1</source>
        <translation>Tháng %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="154" />
        <source>Full year %1</source>
        <translation>Cả năm %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="156" />
        <source>%1 %2</source>
        <translation>%1 năm %2</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="169" />
        <source>Quarter II</source>
        <translation>Quý II</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="170" />
        <source>Quarter III</source>
        <translation>Quý III</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/i18n.py" line="171" />
        <source>Quarter IV</source>
        <translation>Quý IV</translation>
    </message>
</context>
<context>
    <name>PeriodsView</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="149" />
        <source>View:</source>
        <translation>Xem:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="150" />
        <source>Each quarter on its own</source>
        <translation>Từng quý</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="151" />
        <source>Two periods side by side</source>
        <translation>Hai kỳ cạnh nhau</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="155" />
        <source>Periods:</source>
        <translation>Các kỳ:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="156" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="193" />
        <source>Each quarter on its own — %1</source>
        <translation>Từng quý — năm %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="194" />
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="232" />
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="194" />
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="233" />
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="195" />
        <source>Quarter %1</source>
        <translation>Quý %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="211" />
        <source>A level: its value at the quarter's end.</source>
        <translation>Chỉ tiêu thời điểm: giá trị tại cuối quý.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="213" />
        <source>A flow: what was added in the quarter (its cut-off minus the one before).</source>
        <translation>Chỉ tiêu lũy kế: phần thực hiện trong quý (số lũy kế cuối quý trừ số cuối quý trước).</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="219" />
        <source>Flows: each quarter alone (Quarter III = 9 months − 6 months). Levels: the value at the quarter's end. A blank cell: a cut-off it needs has no figure.</source>
        <translation>Chỉ tiêu lũy kế: riêng từng quý (Quý III = 9 tháng − 6 tháng). Chỉ tiêu thời điểm: giá trị tại cuối quý. Ô trống: thiếu số liệu của một kỳ cần dùng.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="228" />
        <source>%1 and %2, %3</source>
        <translation>%1 và %2 năm %3</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="230" />
        <source>Actual</source>
        <translation>Thực hiện</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="230" />
        <source>% of plan</source>
        <translation>% KH</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="238" />
        <source>Difference
%1 − %2</source>
        <translation>Chênh lệch
%1 − %2</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/periods_view.py" line="261" />
        <source>Figures are year-to-date at each cut-off; the difference is blank where one is missing.</source>
        <translation>Số liệu lũy kế từ đầu năm đến từng kỳ; chênh lệch để trống khi thiếu một kỳ.</translation>
    </message>
</context>
<context>
    <name>PlanEditorDialog</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="87" />
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="103" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="560" />
        <source>Copy from last year</source>
        <translation>Sao chép từ năm trước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="105" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="359" />
        <source>Sectors</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="113" />
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="114" />
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="122" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="173" />
        <source>Up</source>
        <translation>Lên</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="123" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="174" />
        <source>Down</source>
        <translation>Xuống</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="170" />
        <source>Add target…</source>
        <translation>Thêm chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="171" />
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="172" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="250" />
        <source>Drop from this year</source>
        <translation>Bỏ khỏi năm này</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="176" />
        <source>Show targets dropped from this year</source>
        <translation>Hiện cả chỉ tiêu đã bỏ khỏi năm này</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="189" />
        <source>Every change is saved at once. Plans are kept as typed: 25.000, ≥ 70, dưới 3, 6,6-6,8, khoảng 4.</source>
        <translation>Mọi thay đổi được lưu ngay. Kế hoạch được giữ đúng như gõ: 25.000, ≥ 70, dưới 3, 6,6-6,8, khoảng 4.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="197" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="232" />
        <source>Plan for %1</source>
        <translation>Kế hoạch năm %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="250" />
        <source>Put back in this year</source>
        <translation>Đưa lại vào năm này</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="257" />
        <source>%1 targets</source>
        <translation>%1 chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="261" />
        <source>No targets for %1 yet: copy last year's plan or add targets.</source>
        <translation>Năm %1 chưa có chỉ tiêu nào: hãy sao chép kế hoạch năm trước hoặc thêm chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="222" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="307" />
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="116" />
        <source>Add the five standard sectors</source>
        <translation>Thêm 5 lĩnh vực chuẩn</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="221" />
        <source>The change could not be saved: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="257" />
        <source>%1 targets, %2 “of which” rows</source>
        <translation>%1 chỉ tiêu, %2 dòng “trong đó”</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="332" />
        <source>All sectors</source>
        <translation>Tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="360" />
        <source>There is already a sector named “%1”.</source>
        <translation>Đã có lĩnh vực tên “%1”.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="368" />
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="434" />
        <source>New sector</source>
        <translation>Thêm lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="434" />
        <source>Name of the new sector:</source>
        <translation>Tên lĩnh vực mới:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="446" />
        <source>Rename sector</source>
        <translation>Đổi tên lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="446" />
        <source>New name of the sector:</source>
        <translation>Tên mới của lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="475" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="487" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="494" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="501" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="508" />
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="515" />
        <source>New target</source>
        <translation>Thêm chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="475" />
        <source>Add a sector first.</source>
        <translation>Hãy thêm một lĩnh vực trước.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="482" />
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="483" />
        <source>Target:</source>
        <translation>Chỉ tiêu:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="484" />
        <source>Unit:</source>
        <translation>ĐVT:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="485" />
        <source>Sector:</source>
        <translation>Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="494" />
        <source>A target needs a code and a name.</source>
        <translation>Chỉ tiêu cần có mã và tên.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="511" />
        <source>The code %1 belongs to a target that is not on the %2 plan. Put that target on this year's plan?</source>
        <translation>Mã %1 thuộc một chỉ tiêu không có trong kế hoạch năm %2. Đưa chỉ tiêu đó vào kế hoạch năm này?</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="536" />
        <source>Drop “%1” from the %2 plan? It stays in other years and in the value history.</source>
        <translation>Bỏ “%1” khỏi kế hoạch năm %2? Chỉ tiêu vẫn giữ nguyên ở các năm khác và trong lịch sử giá trị.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="539" />
        <source>Its %1 “of which” rows are dropped with it.</source>
        <translation>%1 dòng “trong đó” của chỉ tiêu này cũng bị bỏ theo.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="540" />
        <source>Drop target</source>
        <translation>Bỏ chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="562" />
        <source>%1 has no targets to copy.</source>
        <translation>Năm %1 chưa có chỉ tiêu nào để sao chép.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="567" />
        <source>The %1 plan already has %2 targets. Add the targets of %3 that are not on it yet? Targets already there are left as they are.</source>
        <translation>Kế hoạch năm %1 đã có %2 chỉ tiêu. Thêm các chỉ tiêu của năm %3 chưa có trong đó? Các chỉ tiêu đã có được giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_editor.py" line="581" />
        <source>%1 targets copied from %2 to %3.</source>
        <translation>Đã sao chép %1 chỉ tiêu từ năm %2 sang năm %3.</translation>
    </message>
</context>
<context>
    <name>PlanTableModel</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="137" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="138" />
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="139" />
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="140" />
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="141" />
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="142" />
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="143" />
        <source>Part of</source>
        <translation>Thuộc</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="147" />
        <source>Baseline</source>
        <translation>Giá trị gốc</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="148" />
        <source>Decimals</source>
        <translation>Số chữ số thập phân</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="162" />
        <source>Cumulative</source>
        <translation>Cộng dồn</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="162" />
        <source>Point in time</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="165" />
        <source>Higher is better</source>
        <translation>Tăng là tốt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="165" />
        <source>Lower is better</source>
        <translation>Giảm là tốt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="172" />
        <source>(dropped this year)</source>
        <translation>(đã bỏ năm này)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="195" />
        <source>%1 (unit's default)</source>
        <translation>%1 (theo ĐVT)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="219" />
        <source>How many decimals the target's figures are shown and printed with.</source>
        <translation>Số chữ số thập phân khi hiển thị và in số liệu của chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="252" />
        <source>— (none)</source>
        <translation>— (không)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="280" />
        <source>The change could not be saved: %1</source>
        <translation>Không lưu được thay đổi: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="291" />
        <source>A target needs a code.</source>
        <translation>Chỉ tiêu cần có mã.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="298" />
        <source>A target needs a name.</source>
        <translation>Chỉ tiêu cần có tên.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="312" />
        <source>A target cannot be placed under itself or under its own rows.</source>
        <translation>Không thể đặt chỉ tiêu vào trong chính nó hoặc vào dòng “trong đó” của nó.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="327" />
        <source>Decimals are a whole number from 0 to 4.</source>
        <translation>Số chữ số thập phân là số nguyên từ 0 đến 4.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="341" />
        <source>The code %1 is already used by another target (codes are unique across all years).</source>
        <translation>Mã %1 đã được dùng cho một chỉ tiêu khác (mỗi mã chỉ dùng cho một chỉ tiêu, ở mọi năm).</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="346" />
        <source>“%1”: the lower bound of a range must come first, e.g. 6,6-6,8.</source>
        <translation>“%1”: trong một khoảng, cận dưới phải viết trước, ví dụ 6,6-6,8.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="350" />
        <source>The plan is empty.</source>
        <translation>Kế hoạch đang để trống.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/plan_model.py" line="351" />
        <source>“%1” is not a plan nxdesk can read. Write e.g. 25.000, ≥ 70, 6,6-6,8, khoảng 4.</source>
        <translation>Không đọc được kế hoạch “%1”. Hãy viết, ví dụ: 25.000, ≥ 70, 6,6-6,8, khoảng 4.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="16" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="17" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="18" />
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="19" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="20" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="21" />
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="22" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="23" />
        <source>N&amp;o to All</source>
        <translation>K&amp;hông với tất cả</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="24" />
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="25" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="26" />
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="27" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="28" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="29" />
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="30" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="31" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="32" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="33" />
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="40" />
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="41" />
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="42" />
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="43" />
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="44" />
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="45" />
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="46" />
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="47" />
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="48" />
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="49" />
        <source>Portrait</source>
        <translation>Khổ dọc</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="50" />
        <source>Landscape</source>
        <translation>Khổ ngang</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="51" />
        <source>Show single page</source>
        <translation>Xem từng trang</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="52" />
        <source>Show facing pages</source>
        <translation>Xem hai trang đối diện</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="53" />
        <source>Show overview of all pages</source>
        <translation>Xem tổng thể mọi trang</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="54" />
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/qt_texts.py" line="55" />
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="38" />
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="123" />
        <source>Receive reports</source>
        <translation>Nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="42" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="42" />
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="53" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="42" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="42" />
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="49" />
        <source>Figures that would change:</source>
        <translation>Các số liệu sẽ thay đổi:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="53" />
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="53" />
        <source>Received before</source>
        <translation>Đã nhận trước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="53" />
        <source>In this package</source>
        <translation>Trong gói này</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="63" />
        <source>Receive</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="65" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="76" />
        <source>ready: %1 figures</source>
        <translation>sẵn sàng: %1 số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="78" />
        <source>already received, nothing changes</source>
        <translation>đã nhận, không có gì thay đổi</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="80" />
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="82" />
        <source>%1 figures differ from those received</source>
        <translation>%1 số liệu khác với số đã nhận</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="89" />
        <source>official</source>
        <translation>chính thức</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="89" />
        <source>estimate</source>
        <translation>ước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/receive_dialog.py" line="124" />
        <source>Some packages change figures already received. Replace them with the new figures?</source>
        <translation>Có gói làm thay đổi số liệu đã nhận. Thay bằng số liệu mới?</translation>
    </message>
</context>
<context>
    <name>SectorList</name>
    <message>
        <location filename="../../nxdesk/ui/views/sector_list.py" line="73" />
        <source>n/N: targets on track of the sector's targets with a plan. Dot: green, all on track; orange, at least half; vermilion, fewer than half; grey, nothing to judge yet (no plan or no figure entered).</source>
        <translation>n/N: số chỉ tiêu đạt tiến độ trên số chỉ tiêu có kế hoạch của lĩnh vực. Chấm màu: xanh — tất cả đạt; cam — đạt từ một nửa; đỏ cam — dưới một nửa; xám — chưa có gì để đánh giá (chưa có kế hoạch hoặc chưa nhập số).</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/views/sector_list.py" line="129" />
        <source>%1: %2 of %3 targets on track</source>
        <translation>%1: %2/%3 chỉ tiêu đạt tiến độ</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="84" />
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="323" />
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="347" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="129" />
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="142" />
        <source>Parent body:</source>
        <translation>Cơ quan cấp trên:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="130" />
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="143" />
        <source>Issuing body:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="123" />
        <source>Place name (for the date line):</source>
        <translation>Địa danh (ghi ở dòng ngày tháng):</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="191" />
        <source>Prepared by (name):</source>
        <translation>Người lập biểu (họ tên):</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="135" />
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="147" />
        <source>Signer's title:</source>
        <translation>Chức danh người ký:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="136" />
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="148" />
        <source>Signer's name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="157" />
        <source>Document style</source>
        <translation>Thể thức văn bản</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="96" />
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="112" />
        <source>Office</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="97" />
        <source>Printed documents</source>
        <translation>Văn bản in</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="98" />
        <source>Counting and language</source>
        <translation>Đếm chỉ tiêu và ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="121" />
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="122" />
        <source>Congress term:</source>
        <translation>Nhiệm kỳ Đại hội:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="125" />
        <source>Party names (Party documents)</source>
        <translation>Tên theo hệ thống Đảng (văn bản của Đảng)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="138" />
        <source>State names (State documents)</source>
        <translation>Tên theo hệ thống Nhà nước (văn bản hành chính)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="159" />
        <source>Party documents (Guide 36-HD/VPTW)</source>
        <translation>Văn bản của Đảng (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="160" />
        <source>State documents (Decree 30/2020/NĐ-CP)</source>
        <translation>Văn bản hành chính nhà nước (Nghị định 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="179" />
        <source>Signatures and recipients</source>
        <translation>Chữ ký và nơi nhận</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="183" />
        <source>Print the “prepared by” block</source>
        <translation>In phần “Người lập biểu”</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="189" />
        <source>“đạt 148% KH” (reached Y% of plan)</source>
        <translation>“đạt 148% KH”</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="190" />
        <source>“vượt 48% kế hoạch” (exceeded the plan by X%)</source>
        <translation>“vượt 48% kế hoạch”</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="193" />
        <source>Recipients (one a line):</source>
        <translation>Nơi nhận (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="194" />
        <source>Report wording:</source>
        <translation>Cách viết trong báo cáo:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="204" />
        <source>Counting</source>
        <translation>Thống kê</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="217" />
        <source>Count targets that reached at least:</source>
        <translation>Đếm số chỉ tiêu đạt từ:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="226" />
        <source>A new language takes effect when you press OK: the window opens again in it.</source>
        <translation>Ngôn ngữ mới có hiệu lực ngay khi bấm Đồng ý: cửa sổ được mở lại bằng ngôn ngữ đó.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="334" />
        <source>The term is two years, e.g. 2025-2030.</source>
        <translation>Nhiệm kỳ ghi hai năm, ví dụ 2025-2030.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="335" />
        <source>The recipients cannot hold control characters.</source>
        <translation>Nơi nhận không được chứa ký tự điều khiển.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="348" />
        <source>A text is too long (200 characters at most) or holds invisible characters.</source>
        <translation>Có nội dung quá dài (tối đa 200 ký tự) hoặc chứa ký tự ẩn.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="212" />
        <source>of the plan (the “… targets reached at least N% of plan” line).</source>
        <translation>kế hoạch trở lên (dòng “… chỉ tiêu đạt từ N% kế hoạch trở lên”).</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="219" />
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="100" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="101" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/settings_dialog.py" line="340" />
        <source>Please give the issuing body; it heads every printed table.</source>
        <translation>Hãy nhập cơ quan ban hành; tên này đứng đầu mọi biểu in ra.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="58" />
        <source>this window</source>
        <translation>chính cửa sổ này</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="71" />
        <source>process %1 on computer %2</source>
        <translation>tiến trình %1 trên máy %2</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="89" />
        <source>The data file %1 is already open in another nxdesk window (%2).

Two windows writing one file could lose figures, so this window does not open it for editing. Use the other window, or open this file read-only.</source>
        <translation>Tệp dữ liệu %1 đang được mở ở một cửa sổ nxdesk khác (%2).

Hai cửa sổ cùng ghi một tệp có thể làm mất số liệu, nên cửa sổ này không mở tệp để sửa. Hãy dùng cửa sổ kia, hoặc mở tệp này chỉ để xem.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="95" />
        <source>The file %1 is not an nxdesk data file (it is another kind of file, or another program's database). It was not changed.</source>
        <translation>Tệp %1 không phải là tệp dữ liệu nxdesk (đây là loại tệp khác, hoặc cơ sở dữ liệu của chương trình khác). Tệp không bị thay đổi.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="100" />
        <source>The data file %1 has been changed by another program: its tables or triggers are not the ones nxdesk makes, and using it could damage figures. It was not changed.

You can restore a backup: the changed file is kept beside it, not deleted.</source>
        <translation>Tệp dữ liệu %1 đã bị một chương trình khác sửa đổi: các bảng hoặc trigger trong tệp không phải do nxdesk tạo ra, dùng tiếp có thể làm hỏng số liệu. Tệp chưa bị thay đổi.

Bạn có thể khôi phục một bản sao lưu: tệp đã bị sửa được giữ lại bên cạnh, không bị xoá.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="106" />
        <source>The data file %1 is damaged and cannot be used safely.

You can restore a backup: the damaged file is kept beside it, not deleted.</source>
        <translation>Tệp dữ liệu %1 bị hỏng, không dùng an toàn được.

Có thể khôi phục từ bản sao lưu: tệp hỏng vẫn được giữ lại bên cạnh, không bị xóa.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="111" />
        <source>The data file %1 was written by a newer version of nxdesk. Please install the newer version; this one does not change the file.</source>
        <translation>Tệp dữ liệu %1 được tạo bởi phiên bản nxdesk mới hơn. Hãy cài phiên bản mới hơn; phiên bản này không thay đổi tệp.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="116" />
        <source>The data file %1 cannot be written (it is marked read-only, or it is on a write-protected disk). You can open it read-only to look and print.</source>
        <translation>Không ghi được vào tệp dữ liệu %1 (tệp được đặt chỉ đọc, hoặc nằm trên đĩa bị chống ghi). Có thể mở chỉ để xem và in.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="121" />
        <source>The data file %1 cannot be opened.</source>
        <translation>Không mở được tệp dữ liệu %1.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="145" />
        <source>Restore a backup…</source>
        <translation>Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="146" />
        <source>Open read-only</source>
        <translation>Mở chỉ để xem</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="147" />
        <source>Choose another file…</source>
        <translation>Chọn tệp khác…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="148" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="175" />
        <source>Restore a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="179" />
        <source>Backup to restore:</source>
        <translation>Bản sao lưu cần khôi phục:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="187" />
        <source>The backup could not be restored: %1</source>
        <translation>Không khôi phục được bản sao lưu: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="191" />
        <source>The backup was restored. The damaged file was kept as %1.</source>
        <translation>Đã khôi phục bản sao lưu. Tệp hỏng được giữ lại ở %1.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="233" />
        <source>Choose a data file</source>
        <translation>Chọn tệp dữ liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/startup.py" line="302" />
        <source>No automatic backup could be written into %1. Your figures are saved, but please check the disk.

%2</source>
        <translation>Không ghi được bản sao lưu tự động vào %1. Số liệu vẫn được lưu, nhưng hãy kiểm tra ổ đĩa.

%2</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="58" />
        <source>Summary — %1</source>
        <translation>Tổng hợp — %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="60" />
        <source>Period: %1</source>
        <translation>Kỳ báo cáo: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="65" />
        <source>The date on the document's place-date line</source>
        <translation>Ngày ghi ở dòng địa danh, ngày tháng năm của văn bản</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="66" />
        <source>Document date:</source>
        <translation>Ngày văn bản:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="75" />
        <source>Print preview…</source>
        <translation>Xem trước khi in…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="76" />
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="77" />
        <source>Export PDF…</source>
        <translation>Xuất PDF…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="78" />
        <source>Export Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="79" />
        <source>Export Word…</source>
        <translation>Xuất Word…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="80" />
        <source>Copy for Word</source>
        <translation>Chép sang Word</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="81" />
        <source>Copy the table as a Word table, ready to paste with Ctrl+V</source>
        <translation>Chép bảng thành bảng Word, dán bằng Ctrl+V</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="94" />
        <source>Summary table</source>
        <translation>Biểu tổng hợp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="96" />
        <source>Report draft</source>
        <translation>Dự thảo báo cáo</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="99" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="121" />
        <source>The report draft is not available in this version.</source>
        <translation>Phiên bản này chưa có dự thảo báo cáo.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="143" />
        <source>There are no targets for %1 yet: add them in the plan editor or import a table.</source>
        <translation>Năm %1 chưa có chỉ tiêu nào: hãy thêm chỉ tiêu trong Kế hoạch… hoặc nhập bảng số liệu.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="169" />
        <source>State</source>
        <translation>văn bản hành chính Nhà nước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="169" />
        <source>Party</source>
        <translation>văn bản Đảng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="171" />
        <source>issuing body (Party)</source>
        <translation>tên cơ quan ban hành (Đảng)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="172" />
        <source>superior body (Party)</source>
        <translation>tên cơ quan cấp trên (Đảng)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="173" />
        <source>issuing body (State)</source>
        <translation>tên cơ quan ban hành (Nhà nước)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="174" />
        <source>superior body (State)</source>
        <translation>tên cơ quan cấp trên (Nhà nước)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="177" />
        <source>The %1 document style has no %2 in the settings, so the heading will be incomplete. Print anyway?</source>
        <translation>Thể thức %1 chưa có %2 trong phần Cài đặt, nên phần đầu văn bản sẽ thiếu. Vẫn in?</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="181" />
        <source>Names missing</source>
        <translation>Thiếu tên cơ quan</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="194" />
        <source>Print preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="220" />
        <source>Sent %1 page(s) to the printer.</source>
        <translation>Đã gửi %1 trang tới máy in.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="228" />
        <source>Could not print</source>
        <translation>Không in được</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="229" />
        <source>The document could not be printed:
%1</source>
        <translation>Không in được văn bản:
%1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="244" />
        <source>Export the summary as PDF</source>
        <translation>Xuất biểu tổng hợp ra tệp PDF</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="244" />
        <source>PDF documents (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="258" />
        <source>Export Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="258" />
        <source>The Excel export is not available in this version.</source>
        <translation>Phiên bản này chưa có chức năng xuất Excel.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="262" />
        <source>Export the summary to Excel</source>
        <translation>Xuất biểu tổng hợp ra tệp Excel</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="262" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="274" />
        <source>Export the summary to Word</source>
        <translation>Xuất biểu tổng hợp ra Word</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="274" />
        <source>Word documents (*.docx)</source>
        <translation>Tài liệu Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="297" />
        <source>Copied the table — paste it into Word with Ctrl+V.</source>
        <translation>Đã chép bảng — dán vào Word bằng Ctrl+V.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="311" />
        <source>Could not write %1:
%2
The file may be open in another program.</source>
        <translation>Không ghi được %1:
%2
Có thể tệp đang được mở trong một chương trình khác.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="313" />
        <source>Could not save</source>
        <translation>Không lưu được</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="315" />
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="316" />
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/summary_dialog.py" line="316" />
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../nxdesk/ui/chart/trend.py" line="116" />
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/trend.py" line="119" />
        <source>Select a target in the grid or on the bars to see its trend</source>
        <translation>Chọn một chỉ tiêu trong bảng hoặc trên biểu đồ để xem xu hướng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/trend.py" line="131" />
        <source>%1: no values</source>
        <translation>%1: chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/trend.py" line="143" />
        <source>Plan %1</source>
        <translation>Kế hoạch %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/trend.py" line="151" />
        <source>Plan pace (plan × months / 12)</source>
        <translation>Tiến độ kế hoạch (KH × số tháng / 12)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/trend.py" line="163" />
        <source>month (year to date)</source>
        <translation>tháng (lũy kế từ đầu năm)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/trend.py" line="163" />
        <source>month (value at the cut-off)</source>
        <translation>tháng (giá trị tại thời điểm)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/chart/trend.py" line="170" />
        <source>No values entered for this target yet</source>
        <translation>Chỉ tiêu này chưa có số liệu</translation>
    </message>
</context>
<context>
    <name>UnitsDialog</name>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="59" />
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="63" />
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="133" />
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="181" />
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="64" />
        <source>Results by unit</source>
        <translation>Kết quả theo đơn vị</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="66" />
        <source>Assign targets…</source>
        <translation>Giao chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="68" />
        <source>Receive reports…</source>
        <translation>Nhận báo cáo…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="70" />
        <source>Save the table as Excel…</source>
        <translation>Lưu biểu tổng hợp ra Excel…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="72" />
        <source>Save the table as PDF…</source>
        <translation>Lưu biểu tổng hợp ra PDF…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="74" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="90" />
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="90" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="90" />
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="90" />
        <source>In use</source>
        <translation>Đang theo dõi</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="100" />
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="101" />
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="102" />
        <source>Retire / bring back</source>
        <translation>Ngừng / theo dõi lại</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="103" />
        <source>Import a list (CSV)…</source>
        <translation>Nhập danh sách (CSV)…</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="113" />
        <source>commune</source>
        <translation>xã</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="113" />
        <source>ward</source>
        <translation>phường</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="113" />
        <source>special zone</source>
        <translation>đặc khu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="113" />
        <source>village</source>
        <translation>thôn</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="120" />
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="120" />
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="147" />
        <source>Add a unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="148" />
        <source>Code:</source>
        <translation>Mã:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="148" />
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="159" />
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="148" />
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="159" />
        <source>Rename a unit</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="170" />
        <source>Import a list of units</source>
        <translation>Nhập danh sách đơn vị</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="170" />
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="180" />
        <source>%1 units added, %2 renamed.</source>
        <translation>Đã thêm %1 đơn vị, đổi tên %2 đơn vị.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="212" />
        <source>% of the assigned plan, by unit:</source>
        <translation>% kế hoạch giao, theo đơn vị:</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="253" />
        <source>missing</source>
        <translation>chưa nhận</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="256" />
        <source>received %1: %2 official, %3 estimate</source>
        <translation>nhận %1: %2 chính thức, %3 ước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="267" />
        <source>Results by unit, %1 %2 — value and % of the assigned plan</source>
        <translation>Kết quả theo đơn vị, %1 năm %2 — số thực hiện và % kế hoạch giao</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="284" />
        <source>Rank</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="284" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="284" />
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="284" />
        <source>Targets met</source>
        <translation>Chỉ tiêu đạt</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="285" />
        <source>estimate</source>
        <translation>ước</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="316" />
        <source>Folder for the assignment packages</source>
        <translation>Thư mục lưu các gói giao chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="324" />
        <source>%1 assignment packages written to %2.</source>
        <translation>Đã lập %1 gói giao chỉ tiêu trong %2.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="326" />
        <source>Also write each unit's entry workbook of %1, for units that fill it in Excel without nxdesk?</source>
        <translation>Ghi thêm biểu nhập số liệu %1 cho từng đơn vị (đơn vị không dùng nxdesk điền bằng Excel)?</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="328" />
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="333" />
        <source>Assign targets</source>
        <translation>Giao chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="332" />
        <source>%1 entry workbooks written.</source>
        <translation>Đã ghi %1 biểu nhập số liệu.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="339" />
        <source>Receive reports</source>
        <translation>Nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="339" />
        <source>Packages and unit workbooks (*.nxpkg *.xlsx)</source>
        <translation>Gói số liệu và biểu nhập của đơn vị (*.nxpkg *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="358" />
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="364" />
        <source>Save the table as Excel</source>
        <translation>Lưu biểu tổng hợp ra Excel</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="358" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="369" />
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="375" />
        <source>Save the table as PDF</source>
        <translation>Lưu biểu tổng hợp ra PDF</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/dialogs/units_dialog.py" line="369" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WriteErrors</name>
    <message>
        <location filename="../../nxdesk/ui/write_errors.py" line="24" />
        <source>Another program (or the nxdesk command line) is writing to the data file right now. Nothing was written; please try again in a moment.</source>
        <translation>Một chương trình khác (hoặc dòng lệnh nxdesk) đang ghi vào tệp dữ liệu. Chưa ghi gì; xin thử lại sau giây lát.</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/write_errors.py" line="29" />
        <source>Nothing was written: %1</source>
        <translation>Chưa ghi gì: %1</translation>
    </message>
    <message>
        <location filename="../../nxdesk/ui/write_errors.py" line="44" />
        <source>Something went wrong: %1. If you were saving, check that the figures are there before you go on.</source>
        <translation>Đã xảy ra lỗi: %1. Nếu bạn đang lưu, hãy kiểm tra số liệu đã được ghi chưa trước khi làm tiếp.</translation>
    </message>
</context>
</TS>