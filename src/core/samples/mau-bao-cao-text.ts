// The sample report's text: shared/fixtures/bao-cao-133-BC-UBND.txt without its notes. The app stores
// what the import makes of it (mau-bao-cao.generated.ts, made by `npm run gen-sample`).
export const MAU_BAO_CAO_TEXT = 'ỦY BAN NHÂN DÂN\n' +
  'XÃ HƯƠNG LONG\n' +
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n' +
  'Độc lập - Tự do - Hạnh phúc\n' +
  'Số: 133/BC-UBND\n' +
  'Hương Long, ngày 11 tháng 12 năm 2023\n' +
  'BÁO CÁO\n' +
  'Công tác tuyên truyền cải cách hành chính năm 2023 và Phương hướng nhiệm vụ năm 2024\n' +
  'Kính gửi:\n' +
  '- Phòng Văn hóa - Thông tin huyện;\n' +
  '- Phòng Nội vụ huyện.\n' +
  'Thực hiện Kế hoạch số 05/KH-UBND ngày 05/01/2023 của UBND huyện về việc tuyên truyền cải cách hành chính trên địa bàn huyện năm 2023; UBND xã Hương Long báo cáo kết quả tuyên truyền CCHC năm 2023 như sau:\n' +
  'I. Kết quả thực hiện công tác tuyên truyền cải cách hành chính năm 2023:\n' +
  '1. Tình hình tổ chức triển khai:\n' +
  '- Ban hành Kế hoạch số 13/KH-UBND ngày 28/02/2023 về công tác tuyên truyền cải cách hành chính năm 2023 và các văn bản chỉ đạo các bộ phận có liên quan thực hiện tuyên truyền công tác cải cách hành chính nhà nước năm 2023.\n' +
  '- Phân công trách nhiệm, chỉ đạo các cơ quan chuyên môn tổ chức triển khai thực hiện với những định hướng trọng tâm tuyên truyền phù hợp theo từng giai đoạn và hằng năm.\n' +
  '- Chỉ đạo Văn phòng UBND, Bộ phận một cửa, Ban Văn hóa, Trang thông tin điện tử của xã, Đài truyền thanh xã đẩy mạnh tuyên truyền công tác cải cách hành chính. Chuyển tải thông tin về đường lối, chủ trương, chính sách của Đảng, Nhà nước, của tỉnh, huyện về cải cách hành chính nhằm nâng cao nhận thức của các cấp, các ngành, các cơ quan, đơn vị, doanh nghiệp, nhân dân về vai trò, tầm quan trọng của việc ứng dụng và phát triển CNTT trong thực hiện công tác cải cách hành chính đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa đất nước.\n' +
  '2. Công tác tuyên truyền:\n' +
  '2.1. Tuyên truyền cổ động trực quan:\n' +
  '- Chỉ đạo Bộ phận một cửa tổ chức niêm yết kịp thời, công khai các bộ thủ tục hành chính, nhằm giúp người dân, doanh nghiệp dễ dàng tiếp cận, nắm bắt thông tin, góp phần tích cực vào sự phát triển kinh tế - xã hội của địa phương.\n' +
  '- Triển khai tuyên truyền, thay đổi nội dung pano và các áp phích, khẩu hiệu để tuyên truyền trên các tuyến đường trung tâm xã.\n' +
  '2.2. Tuyên truyền trên Trang thông tin điện tử và hệ thống truyền thanh của xã:\n' +
  '- Chủ động cập nhật, đăng tải các tin, bài về chủ trương, chính sách, pháp luật, xây dựng chính quyền điện tử, cải cách hành chính lên Trang thông tin điện tử của xã; phát sóng trên hệ thống truyền thanh xã các chuyên mục về cải cách hành chính.\n' +
  '- Đăng tải, cập nhật kịp thời các thủ tục hành chính mới ban hành hoặc sửa đổi, bổ sung đến người dân, doanh nghiệp.\n' +
  '2.3. Tuyên truyền thông qua tổ chức hội nghị, chuyên đề:\n' +
  '- Tập trung quán triệt cán bộ, công chức, viên chức tích cực trong việc thực hiện tuyên truyền cải cách hành chính, xem nhiệm vụ thực hiện CCHC là mục tiêu hàng đầu. Công khai việc đánh giá, xác định chỉ số CCHC của cơ quan, đơn vị đảm bảo khách quan. Hằng năm lấy kết quả thực hiện CCHC làm cơ sở đánh giá mức độ hoàn thành nhiệm vụ, năng lực lãnh đạo, điều hành của thủ trưởng cơ quan, làm tiêu chí xét thi đua, khen thưởng đối với tổ chức, cá nhân, người đứng đầu cơ quan.\n' +
  'II. Những thuận lợi, khó khăn:\n' +
  '1. Thuận lợi:\n' +
  '- Công tác cải cách hành chính nói chung và lĩnh vực tuyên truyền về cải cách hành chính nói riêng những năm qua luôn được sự quan tâm, chỉ đạo quyết liệt của các cấp ủy Đảng, chính quyền, sự đồng thuận của các tổ chức đoàn thể, Mặt trận và nhân dân và sự vào cuộc quyết tâm của các cơ quan, đơn vị, qua đó tạo sự thuận lợi trong thực hiện các giải pháp nâng cao chất lượng cải cách hành chính, cải thiện chỉ số năng lực cạnh tranh cấp xã.\n' +
  '- Thông qua hoạt động tuyên truyền, công tác cải cách thủ tục hành chính được triển khai đồng bộ, toàn diện trên toàn xã. Cơ chế một cửa liên thông đã thực hiện có hiệu quả, ứng dụng công nghệ thông tin hiện đại, giải quyết nhanh chóng hồ sơ, thủ tục trên nhiều lĩnh vực. Cơ sở vật chất, trang thiết bị được đầu tư, môi trường làm việc lịch sự, nâng cao chất lượng, hiệu quả công tác. Bộ máy cơ quan hành chính hoạt động ngày càng chuyên nghiệp, hiệu quả, góp phần tích cực vào sự phát triển kinh tế - xã hội của địa phương.\n' +
  '2. Khó khăn:\n' +
  'Tuy nhiên, bên cạnh những kết quả đạt được, đánh giá chung công tác tuyên truyền về cải cách hành chính vẫn chưa đáp ứng mục tiêu, chương trình tổng thể cũng như xu thế phát triển ứng dụng CNTT trong thực hiện công tác cải cách hành chính đáp ứng yêu cầu công nghiệp hóa, hiện đại hóa đất nước trong thời kỳ đổi mới.\n' +
  '- Việc nhận thức về quan điểm, mục tiêu, nhiệm vụ, giải pháp thực hiện cải cách hành chính nói chung và tuyên truyền CCHC nói riêng chưa đầy đủ.\n' +
  'III. Phương hướng, nhiệm vụ năm 2024:\n' +
  '- Tiếp tục đẩy mạnh công tác tuyên truyền cải cách hành chính theo Kế hoạch của UBND xã với nội dung đa dạng, phong phú, chuyển tải đầy đủ về đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước cũng như mục tiêu, nhiệm vụ, nội dung, giải pháp về cải cách hành chính. Nội dung tuyên truyền không những nêu những mặt được mà còn nêu những khuyết điểm hoặc các biện pháp khắc phục, để mỗi cán bộ, công chức, viên chức, doanh nghiệp và nhân dân nhận thức sâu sắc, đầy đủ về công tác cải cách hành chính.\n' +
  '- Tập trung rà soát, đơn giản hóa, công bố công khai các bộ thủ tục hành chính thuộc thẩm quyền giải quyết; tuyên truyền trên Trang thông tin điện tử của xã; tuyên truyền tại hội nghị, họp chuyên đề... Thực hiện dịch vụ công trực tuyến mức độ 3 theo quy định tại Nghị quyết số 36a/NQ-CP ngày 14/10/2015 của Chính phủ về Chính phủ điện tử.\n' +
  '- Công khai việc đánh giá, xác định chỉ số CCHC; hằng năm lấy kết quả thực hiện CCHC làm cơ sở đánh giá mức độ hoàn thành nhiệm vụ, năng lực điều hành của lãnh đạo, là cơ sở bình xét thi đua, khen thưởng đối với tập thể, cá nhân, người đứng đầu của cơ quan, đơn vị, chính quyền địa phương.\n' +
  'Trên đây là kết quả thực hiện công tác tuyên truyền cải cách hành chính năm 2023 và phương hướng nhiệm vụ thời gian tới của UBND xã Hương Long./.\n' +
  'Nơi nhận:\n' +
  '- Như Kính gửi;\n' +
  '- Thường trực Đảng ủy, HĐND xã;\n' +
  '- Chủ tịch, các PCT UBND xã;\n' +
  '- UBMTTQ và các ngành, đoàn thể xã;\n' +
  '- Các thôn;\n' +
  '- Lưu: VT, VHTT.\n' +
  'TM. ỦY BAN NHÂN DÂN\n' +
  'CHỦ TỊCH\n' +
  'Nguyễn Văn A';
